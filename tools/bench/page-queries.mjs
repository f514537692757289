#!/usr/bin/env node
// Every query the dashboard sends (the documents of apps/web, as codegen collected them), timed
// through the built API on a database at scale, so that a slow screen shows up beside the four
// main queries of query-bench.mjs. Each runs about the bench subject (a county government with a
// report in the latest year: its county, prefecture and province), in turns, after a warm-up.
//
// usage: npx nx build api
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/DBNAME node tools/bench/page-queries.mjs [DIR] [--runs 30]
// DBNAME: a database query-bench.mjs --keep (or ingest-bench.mjs --keep) left; DIR: the checkout
// whose built API and dashboard queries to time (default this one; another: git worktree add).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse, print } from 'graphql';
import pg from 'pg';
import { benchSubject, percentile, startBuiltApi } from './dashboard-queries.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string' } } });
const dbUrl = process.env.DATABASE_URL;
if (!dbUrl) {
  console.error('usage: DATABASE_URL=… node tools/bench/page-queries.mjs [DIR] [--runs 30]');
  process.exit(2);
}
const runs = Number(values.runs ?? 30);
const WARM_UP = 5;
const root = positionals[0] ?? new URL('../..', import.meta.url).pathname;

/** The web app's operations: codegen's map of source documents, split into one per operation. */
function dashboardOperations() {
  const source = readFileSync(`${root}/apps/web/src/generated/gql.ts`, 'utf8');
  const documents = new Set([...source.matchAll(/^ {4}("(?:query|mutation)[^\n]*"): types\.\w+Document,$/gm)].map((m) => JSON.parse(m[1])));
  return [...documents].flatMap((text) => parse(text).definitions.filter((d) => d.kind === 'OperationDefinition' && d.operation === 'query'));
}

const client = new pg.Client({ connectionString: dbUrl });
await client.connect();
const subject = await benchSubject(async (sql) => (await client.query(sql)).rows);
const { rows: [latest] } = await client.query(
  `SELECT r.id, r.current_revision_id AS revision FROM report r JOIN issuer i ON i.id = r.issuer_id
    WHERE i.region_code = $1 AND i.kind = 'government' AND r.year = $2`,
  [subject.county, subject.year],
);
await client.end();

const { county, prefecture, province, year } = subject;
/**
 * Variables as the dashboard sends them about the subject (a list: each set timed in turn, named
 * by its label); an operation missing here is reported.
 */
const VARIABLES = {
  Me: {},
  Catalogue: {},
  SyntheticReportCount: {},
  Provinces: {},
  RegionScope: { code: province },
  RegionName: { code: county },
  SearchRegions: { query: '南京', limit: 10 },
  SelectionRollup: { metric: 'requestsReceived', level: 'prefecture', regionCode: province, years: null },
  ReportYears: [
    ['nation', { regionCode: null }],
    ['province', { regionCode: province }],
  ],
  SelectionCompare: { metrics: ['requestsReceived', 'grantRate'], regionCode: prefecture, level: 'county', issuerKind: 'government' },
  IssuerSearch: { search: '南京' },
  BenchmarkAll: { regionCode: county, year, peerGroup: 'SAME_LEVEL_IN_PROVINCE' },
  SubjectReports: { regionCode: county },
  LatestFindings: { regionCode: province, year, first: 10 },
  // The quality page of the province, and of the nation: the latest year, and every year.
  FindingCounts: [
    ['province', { regionCode: province, year }],
    ['nation', { regionCode: null, year }],
    ['nation, every year', { regionCode: null, year: null }],
  ],
  FindingsPage: [
    ['province', { regionCode: province, year, first: 50 }],
    ['province, every year', { regionCode: province, year: null, first: 50 }],
    ['nation', { regionCode: null, year, first: 50 }],
    ['nation, every year', { regionCode: null, year: null, first: 50 }],
  ],
  Coverage: { regionCode: prefecture },
  ReportHeader: { id: latest.id },
  RevisionDetail: { id: latest.revision },
  PendingReports: {},
};

const api = await startBuiltApi(root, dbUrl);
const request = async (body) => {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const answer = await response.json();
  return answer.errors ? answer.errors[0].message : null;
};

console.log(`page-queries: ${subject.reports} reports; county ${county}, prefecture ${prefecture}, province ${province}, year ${year}; ${runs} runs each\n`);
console.log('| operation | p50 ms | p95 ms | note |');
console.log('|---|---|---|---|');
for (const operation of dashboardOperations()) {
  const operationName = operation.name.value;
  const sets = VARIABLES[operationName];
  if (!sets) {
    console.log(`| ${operationName} | | | no variables in page-queries.mjs |`);
    continue;
  }
  for (const [label, variables] of Array.isArray(sets) ? sets : [[null, sets]]) {
    const name = label ? `${operationName} (${label})` : operationName;
    const body = JSON.stringify({ query: print(operation), variables });
    const error = await request(body);
    if (error) {
      console.log(`| ${name} | | | ${error} |`);
      continue;
    }
    const times = [];
    for (let i = 0; i < WARM_UP + runs; i++) {
      const started = performance.now();
      await request(body);
      if (i >= WARM_UP) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${name} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | |`);
  }
}
api.stop();
