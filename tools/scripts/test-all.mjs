#!/usr/bin/env node
// `npm test`: every test of every project (unit, golden, API integration on the embedded
// database, or on DATABASE_URL when set) and the browser test of the built dashboard.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nxEnv } from './nx-env.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const run = (args) => spawnSync('npx', ['nx', ...args, '--output-style=stream'], { cwd: root, env: nxEnv, stdio: 'inherit' }).status ?? 1;
const status = run(['run-many', '-t', 'test']) || run(['run', 'web:e2e']);
process.exit(status);
