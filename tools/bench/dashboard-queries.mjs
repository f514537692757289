// What the dashboard benchmarks share: the dashboard's main GraphQL queries, the subject they are
// asked about, the built API started as deployed, and percentiles of timings.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * The subject: a county government with a report in the latest year, in Jiangsu (32) when there
 * is one; `query(sql)` runs SQL on the benchmark's database and returns the rows.
 */
export async function benchSubject(query) {
  const [stats] = await query(`SELECT (SELECT count(*) FROM report)::int AS reports, (SELECT max(year) FROM report) AS year,
  (SELECT i.region_code FROM issuer i JOIN region g ON g.code = i.region_code JOIN report r ON r.issuer_id = i.id
    WHERE i.kind = 'government' AND g.level = 'county' AND r.year = (SELECT max(year) FROM report)
    ORDER BY i.region_code LIKE '32%' DESC, i.region_code LIMIT 1) AS county`);
  if (!stats.county) throw new Error('no county government has a report in the latest year: nothing to benchmark');
  const { reports, county, year } = stats;
  return { reports, county, year, prefecture: `${county.slice(0, 4)}00`, province: `${county.slice(0, 2)}0000` };
}

/** The dashboard's main queries (overview, compare, benchmark, findings) about `subject`. */
export const dashboardQueries = ({ county, prefecture, province, year }) => ({
  overview: {
    query: `query($r: String, $y: [Int!]) { rollup(metric: "requestsReceived", regionCode: $r, level: province, years: $y) { regionCode year value coverage } }`,
    variables: { r: null, y: [year - 1, year] },
  },
  compare: {
    query: `query($r: String!) { compare(metrics: ["requestsReceived", "grantRate", "punishmentDecisions"], regionCode: $r, level: county, issuerKind: government) { metric issuerName year value change } }`,
    variables: { r: prefecture },
  },
  benchmark: {
    query: `query($c: String!, $y: Int!) { benchmarkAll(year: $y, regionCode: $c, peerGroup: SAME_LEVEL_IN_PROVINCE) { metric value rank percentile median q1 q3 peerCount } }`,
    variables: { c: county, y: year },
  },
  findings: {
    query: `query($r: String!, $y: Int!) { findings(regionCode: $r, year: $y, first: 50) { totalCount edges { node { rule severity message } } } }`,
    variables: { r: province, y: year },
  },
});

/** The p-th percentile (0–100) of `sorted`, ascending timings: the nearest rank at or above. */
export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export const freePort = () =>
  new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

/**
 * The API built in checkout `root` (apps/api/dist), as deployed: its own process, in production
 * mode (as docker/api.Dockerfile runs it), on a free loopback port, on the database at `dbUrl`.
 * Resolves once /health answers, with its URL and `stop()`; the process ends with this one anyway.
 */
export async function startBuiltApi(root, dbUrl) {
  const port = await freePort();
  const server = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: dbUrl, PORT: String(port), LOAD_SAMPLES: 'false', LOG_LEVEL: 'error', WEB_DIST_DIR: '/nonexistent' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.on('exit', () => server.kill());
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if ((await fetch(`${url}/health`).then((r) => r.status).catch(() => 0)) === 200) return { url, stop: () => server.kill() };
    if (i === 120) throw new Error(`the API of ${root} did not start within 60 s`);
    await new Promise((done) => setTimeout(done, 500));
  }
}
