#!/usr/bin/env node
// Two builds of the API on the same database, compared under load: requests per second of one of
// the dashboard's queries, in short bursts that alternate between the two (A B B A A B …), so
// that both see the same state of the machine. This machine's speed drifts by a third within
// minutes: one version measured after the other says more about the drift than the change.
//
// usage: build both checkouts (npx nx build api in each; a second checkout: git worktree add)
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/DBNAME node tools/bench/ab-load.mjs A_DIR B_DIR
//     [--query compare] [--variables '{"r":"320102"}'] [--bursts 8] [--seconds 3] [--connections 10]
// DBNAME: a database query-bench.mjs --keep left; --variables replaces some of the query's variables
// (query-bench.mjs's). Prints each build's requests/s per burst and the median.
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { benchSubject, dashboardQueries, startBuiltApi } from './dashboard-queries.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { query: { type: 'string' }, variables: { type: 'string' }, bursts: { type: 'string' }, seconds: { type: 'string' }, connections: { type: 'string' } },
});
const dbUrl = process.env.DATABASE_URL;
if (!dbUrl || positionals.length !== 2) {
  console.error('usage: DATABASE_URL=… node tools/bench/ab-load.mjs A_DIR B_DIR [--query compare] [--variables JSON] [--bursts 8] [--seconds 3] [--connections 10]');
  process.exit(2);
}
const [bursts, seconds, connections] = [Number(values.bursts ?? 8), Number(values.seconds ?? 3), Number(values.connections ?? 10)];

const client = new pg.Client({ connectionString: dbUrl });
await client.connect();
const subject = await benchSubject(async (sql) => (await client.query(sql)).rows);
await client.end();
const queries = dashboardQueries(subject);
const name = values.query ?? 'compare';
if (!queries[name]) throw new Error(`--query: one of ${Object.keys(queries).join(', ')}`);
const variables = { ...queries[name].variables, ...JSON.parse(values.variables ?? '{}') };
const body = JSON.stringify({ query: queries[name].query, variables });

const builds = await Promise.all(positionals.map(async (root) => ({ root, url: (await startBuiltApi(root, dbUrl)).url, rates: [] })));
const burst = async (build, duration) => {
  const result = await autocannon({ url: `${build.url}/graphql`, connections, duration, method: 'POST', headers: { 'content-type': 'application/json' }, body });
  if (result.errors || result.non2xx) throw new Error(`${build.root}: ${result.errors} errors, ${result.non2xx} answers other than 200`);
  return result.requests.average;
};
for (const build of builds) await burst(build, seconds); // warm-up, not counted
for (let i = 0; i < bursts; i++) {
  for (const build of i % 2 ? [...builds].reverse() : builds) build.rates.push(await burst(build, seconds));
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[sorted.length >> 1] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};
console.log(`\nab-load: ${name} ${JSON.stringify(variables)} (${subject.reports} reports), ${connections} connections, ${bursts} bursts of ${seconds} s each\n`);
console.log('| build | requests/s per burst | median requests/s |');
console.log('|---|---|---|');
for (const { root, rates } of builds) console.log(`| ${root} | ${rates.map((r) => r.toFixed(0)).join(', ')} | **${median(rates).toFixed(0)}** |`);
console.log(`\nB / A: ${(median(builds[1].rates) / median(builds[0].rates)).toFixed(2)}×`);
process.exit(0);
