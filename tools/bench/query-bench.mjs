#!/usr/bin/env node
// Latency of the dashboard's main GraphQL queries (p50, p95), the same SQL run directly on the
// database (the API's overhead as a ratio), and throughput under concurrent load (autocannon,
// loopback only, bounded in time). On a real PostgreSQL server (DATABASE_URL). Timings and load
// go to the API running as its own process (apps/api/dist/main.js, NODE_ENV=production), as it
// is deployed, so the benchmark's own work is not charged to the API; the SQL each query runs
// is captured from an instance of the API inside this process, and replayed with pg; and, as the
// floor under any Node API's overhead, the same SQL behind a bare node:http + pg server
// (bare-server.mjs), also in a process of its own. The three are timed one by one in turns, and
// back to back in blocks (see BLOCK).
//
// usage: npx nx build api
//   node tools/synth/generate.mjs --out /tmp/s20k --seed 1                       # 20,825 reports
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node tools/bench/query-bench.mjs /tmp/s20k
//     [--keep] (keep the database, prints its name)  [--reuse DBNAME] (skip ingestion)
//     [--runs 30] [--connections 100] [--seconds 20] [--load compare] (load on one query; default the four in turn)
import { fork } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { benchSubject, dashboardQueries, freePort, percentile, startBuiltApi } from './dashboard-queries.mjs';
import { reportFiles } from './report-files.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { keep: { type: 'boolean' }, reuse: { type: 'string' }, runs: { type: 'string' }, connections: { type: 'string' }, seconds: { type: 'string' }, load: { type: 'string' } },
});
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl || (!positionals[0] && !values.reuse)) {
  console.error('usage: DATABASE_URL=… node tools/bench/query-bench.mjs DIR [--keep] [--reuse DBNAME] [--runs N] [--connections N] [--seconds N]');
  process.exit(2);
}
const runs = Number(values.runs ?? 30);
/** Untimed runs of each query on each side first. */
const WARM_UP = 30;
/** Requests in a row to one side, timed back to back. */
const BLOCK = 10;
// Listed before the database is made, so that a wrong folder leaves nothing behind.
const files = values.reuse ? [] : reportFiles(positionals[0]);
const { createScratchDatabase, databaseUrl } = await import('../../apps/api/dist/testing/scratch-database.js');
// A fresh database, or the one a previous run (or ingest-bench --keep) left.
const database = values.reuse ? null : await createScratchDatabase('qbench', { serverUrl });
const dbName = values.reuse ?? database.name;
const dbUrl = databaseUrl(serverUrl, dbName);

const { loadConfig } = await import('../../apps/api/dist/config/app-config.js');
const { createApp } = await import('../../apps/api/dist/create-app.js');
const { BulkIngestService } = await import('../../apps/api/dist/modules/ingest/bulk/bulk-ingest.service.js');
const { dataSourceOptions } = await import('../../apps/api/dist/database/data-source-options.js');
const { DataSource } = await import('typeorm');
/** The API pool's session settings (session-settings.ts), for the direct side and the floor. */
const SESSION_OPTIONS = dataSourceOptions(dbUrl, false).extra.options;

const running = await createApp(loadConfig({ ...process.env, DATABASE_URL: dbUrl, LOAD_SAMPLES: 'false', LOG_LEVEL: 'error', WEB_DIST_DIR: '/nonexistent' }));
if (!values.reuse) {
  const t = performance.now();
  const summary = await running.app.get(BulkIngestService).ingestFiles(files, {});
  console.log(`ingested ${files.length} reports in ${((performance.now() - t) / 1000).toFixed(0)} s: ${JSON.stringify(summary.counts)}`);
}
// Fresh planner statistics, as autovacuum would have after a bulk load.
await running.app.get(DataSource).query('ANALYZE');

// Capture the statements each GraphQL request sends to PostgreSQL (in this process, at the pg
// driver), to replay them directly as sent: prepared (named) where the API prepares them.
const dataSource = running.app.get(DataSource);
let captured = null;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, ...rest) {
  captured?.push(typeof config === 'string' ? { text: config, values } : { name: config.name, text: config.text, values: config.values ?? values });
  return originalQuery.call(this, config, values, ...rest);
};
// A lean client, as the direct SQL's is (pg): node:http with keep-alive. fetch() costs the
// client another 0.4–0.6 ms a request (WHATWG streams), which is not the API's overhead.
const keepAlive = new http.Agent({ keepAlive: true });
/** A poster of GraphQL bodies to the API at `url` (parsed once, not in the timed requests). */
const graphqlClient = (url, path = '/graphql') => {
  const { hostname, port } = new URL(url);
  return (body) =>
    new Promise((resolvePost, reject) => {
      const request = http.request(
        { hostname, port, path, method: 'POST', agent: keepAlive, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const answer = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            if (answer.errors) reject(new Error(JSON.stringify(answer.errors)));
            else resolvePost(answer);
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
};

const subject = await benchSubject((sql) => dataSource.query(sql));
const { county, prefecture, province, year } = subject;
const QUERIES = dashboardQueries(subject);

/** The queries the load test sends (--load), in turn. */
const loaded = values.load ? [values.load] : Object.keys(QUERIES);
if (loaded.some((name) => !QUERIES[name])) throw new Error(`--load: one of ${Object.keys(QUERIES).join(', ')}`);

await running.app.listen(0, '127.0.0.1');
const postInProcess = graphqlClient((await running.app.getUrl()).replace('[::1]', '127.0.0.1'));
const sqlOf = {};
for (const [name, { query, variables }] of Object.entries(QUERIES)) {
  captured = [];
  await postInProcess(JSON.stringify({ query, variables }));
  sqlOf[name] = captured;
}
captured = null;
await running.close();

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const api = await startBuiltApi(root, dbUrl);
const post = graphqlClient(api.url);
// The floor: the same SQL behind a bare node:http server with pg, also in its own process.
const sqlFile = join(mkdtempSync(join(tmpdir(), 'query-bench-')), 'sql.json');
writeFileSync(sqlFile, JSON.stringify(sqlOf));
const barePort = await freePort();
const bare = fork(join(root, 'tools/bench/bare-server.mjs'), { env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(barePort), SQL_FILE: sqlFile, SESSION_OPTIONS }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
process.on('exit', () => bare.kill());
await new Promise((ready) => bare.once('message', ready));
const bareClients = Object.fromEntries(Object.keys(QUERIES).map((name) => [name, graphqlClient(`http://127.0.0.1:${barePort}`, `/${name}`)]));
const postBare = (name) => bareClients[name]('{}');
// The same session settings as the API's pool.
const direct = new pg.Client({ connectionString: dbUrl, options: SESSION_OPTIONS });
await direct.connect();

console.log(`\nquery-bench: ${subject.reports} reports on PostgreSQL; county ${county}, prefecture ${prefecture}, province ${province}, year ${year}; ${runs} runs each\n`);
console.log('| query | API p50 ms | API p95 ms | SQL p50 ms | SQL p95 ms | API / SQL (p50) | bare node:http + pg / SQL (p50) | back to back: API / SQL | bare / SQL |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [name, { query, variables }] of Object.entries(QUERIES)) {
  const body = JSON.stringify({ query, variables });
  const sql = sqlOf[name];
  // Warm both sides alike (connections, plans, caches, and the JIT of a server in steady state)
  // before timing, then time them in turns, so that both see the same state of the machine
  // (its load, and how recently each process ran).
  const runSql = async () => {
    for (const statement of sql) await direct.query(statement);
  };
  for (let i = 0; i < WARM_UP; i++) {
    await post(body);
    await postBare(name);
    await runSql();
  }
  const api = [];
  const floor = [];
  const db = [];
  const timed = async (times, run) => {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  };
  for (let i = 0; i < runs; i++) {
    await timed(api, () => post(body));
    await timed(floor, () => postBare(name));
    await timed(db, runSql);
  }
  // Back to back: the same, in blocks of BLOCK requests to one side (the blocks in turns). One by
  // one, every request finds its server process and its database backend idle since the other
  // sides ran; the direct side runs in this process, which never idles. Back to back, each side
  // runs as a server under steady use does.
  const inBlocks = { api: [], floor: [], db: [] };
  for (let i = 0; i < runs; i += BLOCK) {
    for (let k = 0; k < BLOCK; k++) await timed(inBlocks.api, () => post(body));
    for (let k = 0; k < BLOCK; k++) await timed(inBlocks.floor, () => postBare(name));
    for (let k = 0; k < BLOCK; k++) await timed(inBlocks.db, runSql);
  }
  for (const times of [api, floor, db, ...Object.values(inBlocks)]) times.sort((a, b) => a - b);
  const ratio = (times, base = db) => `${(percentile(times, 50) / percentile(base, 50)).toFixed(2)}×`;
  console.log(
    `| ${name} (${sql.length} SQL) | ${percentile(api, 50).toFixed(1)} | ${percentile(api, 95).toFixed(1)} | ${percentile(db, 50).toFixed(1)} | ${percentile(db, 95).toFixed(1)} | ${ratio(api)} | ${ratio(floor)} | ${ratio(inBlocks.api, inBlocks.db)} | ${ratio(inBlocks.floor, inBlocks.db)} |`,
  );
}
await direct.end();
bare.kill();

const connections = Number(values.connections ?? 100);
const seconds = Number(values.seconds ?? 20);
const result = await autocannon({
  url: `${api.url}/graphql`,
  connections,
  duration: seconds,
  requests: loaded.map((name) => QUERIES[name]).map(({ query, variables }) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })),
});
console.log(
  `\nload: ${connections} connections for ${seconds} s on ${values.load ?? 'the four queries (round robin)'}: ${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
);

// autocannon abandons the requests it has in flight when time is up; let the server finish them
// (the pool serves waiting queries in order) before closing, so none fails on a closed pool.
await post(JSON.stringify(QUERIES.overview));
api.stop();
if (database && !values.keep) await database.drop();
else console.log(`database kept: ${dbName}`);
process.exit(result.errors + result.timeouts + result.non2xx > 0 ? 1 : 0);
