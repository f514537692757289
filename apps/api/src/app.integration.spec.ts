import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType } from 'graphql';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportMetricsService } from './modules/analytics/report-metrics.service.js';
import { IngestService } from './modules/ingest/ingest.service.js';
import { createTestDatabase, graphql, startTestApp, type TestDatabase } from './testing/test-app.js';

const SEED = new URL('../../../../shared/corpus/seed/huanren-2024.txt', import.meta.url);

interface Compare {
  compare: { metric: string; issuerName: string; regionCode: string | null; year: number; value: number | null }[];
}

describe('the app on a fresh database', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('reports a reachable database on /health', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; database: { kind: string; reachable: boolean; version: string } };
    expect(body.status).toBe('ok');
    expect(body.database.reachable).toBe(true);
    expect(body.database.kind).toBe(process.env['DATABASE_URL'] ? 'server' : 'embedded');
    expect(body.database.version).toMatch(/PostgreSQL/);
  });

  it('sends security headers and refuses other origins', async () => {
    const response = await fetch(`${app.url}/health`, { headers: { origin: 'https://evil.example' } });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers GraphQL as compact JSON, without hashing the answer into an ETag', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ metrics { key } }' }),
    });
    const text = await response.text();
    expect(response.headers.get('etag')).toBeNull();
    expect(text).toMatch(/^\{"data":\{"metrics":\[\{"key":"/);
    expect(text).not.toContain('\n');
  });

  it('reads the fields of its object types without a resolver per field (common/compiled-queries.ts)', () => {
    const { schema } = app.app.get(GraphQLSchemaHost);
    const resolved = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((type) => !type.name.startsWith('__') && !['Query', 'Mutation'].includes(type.name))
      .flatMap((type) => Object.values(type.getFields()).flatMap((field) => (field.resolve ? [`${type.name}.${field.name}`] : [])));
    // Only the fields with resolvers of their own (@ResolveField): every other field is read
    // inline, Nest's per-field property resolvers removed. (A new @ResolveField belongs here.)
    expect(resolved.sort()).toEqual([
      'Finding.issuer',
      'Finding.report',
      'Issuer.region',
      'Region.childCount',
      'Region.children',
      'Region.parent',
      'Region.path',
      'Region.population',
      'Region.populationYear',
      'Report.currentRevision',
      'Report.issuer',
      'Report.revision',
      'Report.revisions',
      'ReportRevision.findings',
      'ReportRevision.missing',
      'ReportRevision.narrative',
      'ReportRevision.report',
      'ReportRevision.tables',
      'ReportSummary.issuer',
    ]);
  });

  it('ran the migrations, and the entities match them (no schema drift)', async () => {
    const dataSource = app.app.get(DataSource);
    const applied = (await dataSource.query('SELECT name FROM typeorm_migrations')) as { name: string }[];
    expect(applied.map((m) => m.name)).toContain('InitialSchema1795703762296');
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('finds the issuers of a region by code prefix from an index, whatever the collation', async () => {
    const dataSource = app.app.get(DataSource);
    const plan = await dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      return (await manager.query(`EXPLAIN SELECT id FROM issuer WHERE region_code LIKE '2105%'`)) as { 'QUERY PLAN': string }[];
    });
    expect(plan.map((line) => line['QUERY PLAN']).join('\n')).toMatch(/Index Cond: .*region_code.*'2105'/);
  });

  it('carries the rule and severity in the findings’ revision index, for counts from the index alone', async () => {
    const [index] = (await app.app.get(DataSource).query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'IDX_finding_revision_id'`)) as { indexdef: string }[];
    expect(index!.indexdef).toMatch(/\(revision_id\) INCLUDE \(rule, severity\)$/);
  });

  it('loaded the regions and the sample report, attributed to 桓仁满族自治县 (210522)', async () => {
    type Summary = { issuerName: string; regionCode: string; regionName: string; year: number; template: string };
    const data = await graphql<{ reports: { edges: { node: Summary }[] } }>(
      app.url,
      '{ reports { edges { node { issuerName regionCode regionName year template } } } }',
    );
    expect(data.reports.edges.map((e) => e.node)).toEqual([{ issuerName: '桓仁满族自治县', regionCode: '210522', regionName: '桓仁满族自治县', year: 2024, template: '2021' }]);
    // A real report: nothing on screen is synthetic.
    expect(await graphql<{ syntheticReportCount: number }>(app.url, '{ syntheticReportCount }')).toEqual({ syntheticReportCount: 0 });
  });

  it('computes the sample figures in SQL', async () => {
    const data = await graphql<Compare>(
      app.url,
      `query($metrics: [String!]!) { compare(metrics: $metrics) { metric issuerName regionCode year value } }`,
      {
        metrics: ['requestsReceived', 'outcomeGranted', 'outcomePartiallyGranted', 'licensingDecisions', 'punishmentDecisions', 'coercionDecisions', 'feesWan', 'grantRate', 'requestsPer10k'],
      },
    );
    const value = Object.fromEntries(data.compare.map((r) => [r.metric, r.value]));
    expect(value).toEqual({
      requestsReceived: 13,
      outcomeGranted: 11,
      outcomePartiallyGranted: 2,
      licensingDecisions: 37292,
      punishmentDecisions: 938,
      coercionDecisions: 0,
      feesWan: 5087.94,
      grantRate: (11 / 13) * 100,
      // 13 requests, 229,953 residents (2020 census).
      requestsPer10k: (13 / 229953) * 10000,
    });
  });

  it('rebuilds missing pre-aggregated metrics at start (e.g. after a new metric), with the same figures', async () => {
    const dataSource = app.app.get(DataSource);
    const before = await dataSource.query('SELECT revision_id, metric, num, den FROM report_metric ORDER BY 1, 2');
    await dataSource.query(`DELETE FROM report_metric WHERE metric IN ('requestsReceived', 'grantRate')`);
    await app.app.get(ReportMetricsService).backfill(dataSource.manager);
    expect(await dataSource.query('SELECT revision_id, metric, num, den FROM report_metric ORDER BY 1, 2')).toEqual(before);
    expect(before.length).toBeGreaterThan(20);
  });

  it('rejects an unknown metric with a coded error', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ compare(metrics: ["noSuchMetric"]) { value } }' }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('UNKNOWN_METRIC');
    expect(body.errors[0]?.message).toMatch(/noSuchMetric/);
  });

  it('ingests the same file again without change, and a corrected file as a new revision', async () => {
    const ingest = app.app.get(IngestService);
    const seed = readFileSync(SEED);
    const again = await ingest.ingest(seed, 'huanren-2024.txt');
    expect(again.status).toBe('unchanged');
    const corrected = Buffer.from(seed.toString('utf8').replace('行政处罚 | 938 |', '行政处罚 | 939 |'));
    const revised = await ingest.ingest(corrected, 'huanren-2024-corrected.txt');
    expect(revised).toMatchObject({ status: 'revised', revisionNo: 2, reportId: again.reportId });
    const data = await graphql<Compare>(app.url, '{ compare(metrics: ["punishmentDecisions"]) { value } }');
    expect(data.compare.map((r) => r.value)).toEqual([939]);
    const revisions = (await app.app.get(DataSource).query(
      'SELECT revision_no, file_name FROM report_revision WHERE report_id = $1 ORDER BY revision_no',
      [again.reportId],
    )) as { revision_no: number; file_name: string }[];
    expect(revisions).toEqual([
      { revision_no: 1, file_name: 'huanren-2024.txt' },
      { revision_no: 2, file_name: 'huanren-2024-corrected.txt' },
    ]);
  });

  it('refuses a file that is not a report, naming it, and stores nothing', async () => {
    const dataSource = app.app.get(DataSource);
    const before = (await dataSource.query('SELECT count(*)::int AS n FROM source_file')) as { n: number }[];
    const outcome = await app.app.get(IngestService).ingest(Buffer.from('<html><body><p>通知公告</p></body></html>'), 'notice.html');
    expect(outcome.status).toBe('failed');
    expect(outcome.reason).toMatch(/^notice\.html: not a government information disclosure annual report/);
    const after = (await dataSource.query('SELECT count(*)::int AS n FROM source_file')) as { n: number }[];
    expect(after).toEqual(before);
  });
});

describe('a restart', () => {
  it('keeps what was ingested and does not load the samples twice', async () => {
    const database = await createTestDatabase();
    try {
      const first = await startTestApp(database);
      await first.close();
      const second = await startTestApp(database);
      try {
        const data = await graphql<{ reports: { edges: { node: { issuerName: string } }[] } }>(second.url, '{ reports { edges { node { issuerName } } } }');
        expect(data.reports.edges.map((e) => e.node.issuerName)).toEqual(['桓仁满族自治县']);
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
    }
  });
});
