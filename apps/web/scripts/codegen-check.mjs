// Fails when the committed GraphQL codegen output (src/generated/) differs from what the schema
// (apps/api/src/schema.gql) and the documents in src/ generate now. Used by `nx run web:codegen-check`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = resolve(fileURLToPath(import.meta.url), '../..');
const committedDir = join(webDir, 'src/generated');
const FIX = 'npx nx run web:codegen';

function files(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'web-codegen-'));
try {
  const run = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], {
    cwd: webDir,
    env: { ...process.env, CODEGEN_OUT: `${tmp}/` },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(`codegen-check: graphql-codegen failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
    process.exit(1);
  }
  const fresh = new Map(files(tmp).map((p) => [relative(tmp, p), readFileSync(p, 'utf8')]));
  const committed = new Map(files(committedDir).map((p) => [relative(committedDir, p), readFileSync(p, 'utf8')]));
  const names = [...new Set([...fresh.keys(), ...committed.keys()])].sort();
  const problems = names.flatMap((name) => {
    if (!committed.has(name)) return [`${name} is missing`];
    if (!fresh.has(name)) return [`${name} is no longer generated`];
    return committed.get(name) === fresh.get(name) ? [] : [`${name} differs`];
  });
  if (problems.length > 0) {
    console.error(
      `codegen-check: apps/web/src/generated/ is out of date with apps/api/src/schema.gql or the GraphQL documents ` +
        `in apps/web/src (${problems.join('; ')}).\nRun \`${FIX}\` and commit apps/web/src/generated/.`,
    );
    process.exit(1);
  }
  console.log(`codegen-check: apps/web/src/generated/ is up to date (${names.length} files).`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
