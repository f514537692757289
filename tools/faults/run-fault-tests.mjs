#!/usr/bin/env node
// Fault tests on a real PostgreSQL server (DATABASE_URL), bounded in time:
//  1. kill -9 the bulk ingest in the middle: afterwards every report is whole or absent, and
//     re-running the same ingest completes it with no duplicates;
//  2. restart PostgreSQL while the API serves queries: the API stays up, /health says 503 while
//     the database is away and 200 again afterwards, and queries succeed again by themselves.
//
// usage: npx nx run-many -t build -p api && DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node tools/faults/run-fault-tests.mjs
// (step 2 needs permission to run pg_ctlcluster, as in CI; it is skipped with a message otherwise)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error('fault tests need DATABASE_URL (a real PostgreSQL server)');
  process.exit(2);
}
// The same throw-away databases as the API's tests and the benchmarks (from the API's build).
const { createScratchDatabase } = await import('../../apps/api/dist/testing/scratch-database.js');
const { governmentMetricsStoredAndExpected } = await import('../../apps/api/dist/testing/government-metrics.js');
const started = Date.now();
const checks = [];
const check = (name, ok, detail = '') => {
  checks.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function withClient(url, run) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function cli(args, env) {
  return spawn(process.execPath, [join(root, 'apps/api/dist/cli.js'), ...args], { cwd: root, env: { ...process.env, ...env, LOG_LEVEL: 'error' }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** government_metric against the same figures computed from scratch (the API tests' helper): rows stored, missing, extra. */
async function governmentFiguresInStep(url) {
  return withClient(url, async (c) => {
    const { stored, expected } = await governmentMetricsStoredAndExpected({ query: async (sql) => (await c.query(sql)).rows });
    const key = (row) => JSON.stringify(row);
    const storedKeys = new Set(stored.map(key));
    const expectedKeys = new Set(expected.map(key));
    return { rows: stored.length, missing: expected.filter((r) => !storedKeys.has(key(r))).length, extra: stored.filter((r) => !expectedKeys.has(key(r))).length };
  });
}
const inStep = (g) => g.rows > 0 && g.missing === 0 && g.extra === 0;
const inStepDetail = (g) => `${g.rows} rows, ${g.missing} missing, ${g.extra} left over`;

const exited = (child) => new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

async function killDuringIngest() {
  const dir = mkdtempSync(join(tmpdir(), 'dlens-faults-'));
  const db = await createScratchDatabase('faults', { serverUrl });
  const dbUrl = db.env.DATABASE_URL;
  try {
    execFileSync(process.execPath, [join(root, 'tools/synth/generate.mjs'), '--out', dir, '--seed', '3', '--sample-counties', '150', '--quiet'], { stdio: 'inherit' });
    const truth = readFileSync(join(dir, 'truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    // Let some batches commit, then kill -9 in the middle of the run.
    const first = cli(['ingest', dir, '--bulk', '--batch', '50'], { DATABASE_URL: dbUrl });
    const countReports = () => withClient(dbUrl, (c) => c.query('SELECT count(*)::int AS n FROM report').then((r) => r.rows[0].n)).catch(() => 0);
    let before = 0;
    for (let waited = 0; waited < 120_000 && before < 200; waited += 500) {
      await sleep(500);
      before = await countReports();
    }
    first.kill('SIGKILL');
    const { signal } = await exited(first);
    check('the ingest was killed in the middle', signal === 'SIGKILL' && before > 0 && before < truth.length, `${before} of ${truth.length} reports stored when killed`);

    // Whole = the current revision holds every value a fresh parse of its file gives.
    const { parseReport } = await import('@dlens/report-parser');
    const whole = await withClient(dbUrl, async (c) => {
      const rows = (
        await c.query(
          `SELECT v.file_name, r.current_revision_id IS NOT NULL AS current, (SELECT cardinality(x.keys) FROM revision_values x WHERE x.revision_id = v.id) AS values
             FROM report r LEFT JOIN report_revision v ON v.id = r.current_revision_id`,
        )
      ).rows;
      let broken = 0;
      for (const row of rows) {
        const parsed = row.file_name ? await parseReport(readFileSync(row.file_name), { fileName: row.file_name }) : null;
        if (!row.current || !parsed || Object.keys(parsed.values).length !== row.values) broken++;
      }
      const orphans = (await c.query('SELECT count(*)::int AS n FROM report_revision v WHERE NOT EXISTS (SELECT 1 FROM revision_values x WHERE x.revision_id = v.id)')).rows[0].n;
      return { rows: rows.length, broken, orphans };
    });
    check('after kill -9 every stored report is whole (current revision with all its values)', whole.broken === 0 && whole.orphans === 0, `${whole.rows} reports, ${whole.broken} incomplete, ${whole.orphans} revisions without values`);
    const afterKill = await governmentFiguresInStep(dbUrl);
    check('after kill -9 the pre-aggregated government figures match the stored reports', inStep(afterKill), inStepDetail(afterKill));

    const second = cli(['ingest', dir, '--bulk', '--batch', '50'], { DATABASE_URL: dbUrl });
    let output = '';
    second.stdout.on('data', (d) => (output += d));
    const { code } = await exited(second);
    const counts = await withClient(dbUrl, async (c) => ({
      reports: (await c.query('SELECT count(*)::int AS n FROM report')).rows[0].n,
      duplicates: (await c.query('SELECT count(*)::int AS n FROM (SELECT issuer_id, year FROM report GROUP BY 1, 2 HAVING count(*) > 1) d')).rows[0].n,
      revisionsBeyondFirst: (await c.query('SELECT count(*)::int AS n FROM report_revision WHERE revision_no > 1')).rows[0].n,
      pending: (await c.query('SELECT count(*)::int AS n FROM pending_report')).rows[0].n,
    }));
    const expected = truth.length;
    // The folder also holds the generator's truth.jsonl and README: two files that are no reports.
    check(
      're-running the same ingest completes it with no duplicates',
      code === 1 && / failed 2$/.test(output.trim().split('\n')[0]) && counts.duplicates === 0 && counts.revisionsBeyondFirst === 0 && counts.reports + counts.pending === expected,
      `${output.trim().split('\n')[0]}; ${counts.reports} reports + ${counts.pending} waiting for assignment = ${counts.reports + counts.pending} of ${expected}`,
    );
    const afterRerun = await governmentFiguresInStep(dbUrl);
    check('after the re-run the government figures match too', inStep(afterRerun), inStepDetail(afterRerun));
  } finally {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function pgCluster(action) {
  const version = execFileSync('ls', ['/etc/postgresql'], { encoding: 'utf8' }).trim().split('\n')[0];
  return exited(spawn('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', action], { stdio: 'ignore' }));
}

async function restartDatabaseUnderLoad() {
  try {
    execFileSync('which', ['pg_ctlcluster'], { stdio: 'ignore' });
  } catch {
    console.log('skip PostgreSQL restart: pg_ctlcluster is not available here');
    return;
  }
  const db = await createScratchDatabase('faults', { serverUrl });
  const dbUrl = db.env.DATABASE_URL;
  const port = await freePort();
  const api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(port), LOG_LEVEL: 'error', WEB_DIST_DIR: '/nonexistent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const base = `http://127.0.0.1:${port}`;
  const health = () => fetch(`${base}/health`).then((r) => r.status).catch(() => 0);
  const query = () =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ compare(metrics: ["requestsReceived"]) { value } }' }) })
      .then(async (r) => (r.ok && !(await r.json()).errors ? 'ok' : 'error'))
      .catch(() => 'error');
  try {
    for (let i = 0; i < 60 && (await health()) !== 200; i++) await sleep(500);
    check('the API is up on the real server', (await health()) === 200);
    // Load: a steady stream of queries during the restart.
    let stop = false;
    const results = [];
    const load = (async () => {
      while (!stop) {
        results.push({ at: Date.now(), result: await query() });
        await sleep(20);
      }
    })();
    await sleep(1000);
    // Stop PostgreSQL, watch health while it is away, then start it again.
    const restartAt = Date.now();
    await pgCluster('stop');
    const during = [];
    for (let i = 0; i < 20; i++) {
      during.push(await health());
      await sleep(100);
    }
    await pgCluster('start');
    let recoveredAfter = null;
    for (let waited = 0; waited < 30_000; waited += 250) {
      if ((await health()) === 200 && (await query()) === 'ok') {
        recoveredAfter = Date.now() - restartAt;
        break;
      }
      await sleep(250);
    }
    await sleep(1000);
    stop = true;
    await load;
    const after = results.filter((r) => r.at > restartAt + (recoveredAfter ?? 0) + 500);
    check('health said 503 while PostgreSQL was down', during.includes(503), `statuses seen: ${[...new Set(during)].join(', ')}`);
    check('the API recovered by itself', recoveredAfter !== null && api.exitCode === null, `healthy and answering ${recoveredAfter} ms after the restart began`);
    check('queries succeed again after recovery', after.length > 0 && after.every((r) => r.result === 'ok'), `${after.length} queries after recovery, ${after.filter((r) => r.result !== 'ok').length} failed`);
  } finally {
    api.kill('SIGTERM');
    await exited(api);
    await db.drop();
  }
}

await killDuringIngest();
await restartDatabaseUnderLoad();
const failed = checks.filter((c) => !c.ok);
console.log(`faults: ${checks.length - failed.length} of ${checks.length} checks passed in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failed.length > 0 ? 1 : 0);
