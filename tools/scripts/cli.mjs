#!/usr/bin/env node
// `npm run --silent cli -- <command> …`: builds the API quietly if needed (Nx cache), then runs
// its CLI. Build output goes to stderr only when the build fails, so stdout stays clean JSON.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nxEnv } from './nx-env.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const build = spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=static'], { cwd: root, env: nxEnv, encoding: 'utf8' });
if (build.status !== 0) {
  process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}\nbuilding the API failed\n`);
  process.exit(1);
}
// A bulk ingest holds only bounded batches; a smaller heap makes V8 collect sooner, which keeps
// the resident memory flat (about 350 MB instead of 500–600 MB at the same speed, BENCHMARKS.md).
const heap = process.argv.includes('--bulk') ? ['--max-old-space-size=320'] : [];
const run = spawnSync(process.execPath, [...heap, join(root, 'apps/api/dist/cli.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
