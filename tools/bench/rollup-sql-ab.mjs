#!/usr/bin/env node
// The national roll-up's SQL (the dashboard's overview, and three metrics with a per-capita one)
// of two builds, each on its own database, timed directly with pg in alternating runs, so that a
// change of schema or of data kept at ingest (each build ingested its database) is measured
// with the SQL that goes with it, both seeing the same state of the machine.
//
// usage: build both checkouts (npx nx build api in each; a second checkout: git worktree add)
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node tools/bench/rollup-sql-ab.mjs \
//     A_DIR A_DBNAME B_DIR B_DBNAME [--runs 50]
// A_DBNAME, B_DBNAME: databases query-bench.mjs --keep left, ingested by the build beside each.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { METRICS_BY_KEY } from '@dlens/domain';
import { percentile } from './dashboard-queries.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string' } } });
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl || positionals.length !== 4) {
  console.error('usage: DATABASE_URL=… node tools/bench/rollup-sql-ab.mjs A_DIR A_DBNAME B_DIR B_DBNAME [--runs 50]');
  process.exit(2);
}
const runs = Number(values.runs ?? 50);
/** Untimed runs of each case on each side first. */
const WARM_UP = 10;
const CASES = { 'one metric (the overview)': ['requestsReceived'], 'three metrics, one per capita': ['requestsReceived', 'grantRate', 'requestsPer10k'] };

const sides = [];
for (const [root, dbName] of [positionals.slice(0, 2), positionals.slice(2, 4)]) {
  const dist = `${root}/apps/api/dist`;
  const { ROLLUP_SQL } = await import(`${dist}/modules/analytics/rollup.sql.js`);
  const { metricParams } = await import(`${dist}/modules/analytics/metric-sql.js`);
  const { databaseUrl } = await import(`${dist}/testing/scratch-database.js`);
  const { dataSourceOptions } = await import(`${dist}/database/data-source-options.js`);
  const url = databaseUrl(serverUrl, dbName);
  // Each build's own session settings, as its API pool sets them.
  const client = new pg.Client({ connectionString: url, options: dataSourceOptions(url, false).extra.options });
  await client.connect();
  const { rows } = await client.query('SELECT max(year) AS year FROM report');
  sides.push({ root, dbName, client, sql: ROLLUP_SQL, metricParams, year: rows[0].year });
}

console.log(`| roll-up, national, two years | ${sides.map((s) => `${s.root} on ${s.dbName}: p50 / p95 ms`).join(' | ')} | A / B (p50) |`);
console.log('|---|---|---|---|');
for (const [label, keys] of Object.entries(CASES)) {
  const times = sides.map(() => []);
  for (let i = 0; i < WARM_UP + runs; i++) {
    for (const [index, side] of sides.entries()) {
      const parameters = [...side.metricParams(keys.map((key) => METRICS_BY_KEY[key])), null, 'province', [side.year - 1, side.year]];
      const started = performance.now();
      await side.client.query({ name: 'rollup', text: side.sql.text, values: parameters });
      if (i >= WARM_UP) times[index].push(performance.now() - started);
    }
  }
  const stats = times.map((t) => t.sort((x, y) => x - y)).map((t) => [percentile(t, 50), percentile(t, 95)]);
  console.log(`| ${label} | ${stats.map(([p50, p95]) => `${p50.toFixed(1)} / ${p95.toFixed(1)}`).join(' | ')} | ${(stats[0][0] / stats[1][0]).toFixed(2)}× |`);
}
for (const side of sides) await side.client.end();
