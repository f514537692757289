import { METRICS } from '@dlens/domain';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalyticsApp, type AnalyticsTestApp } from '../../testing/analytics-dataset.js';
import { governmentMetricsStoredAndExpected } from '../../testing/government-metrics.js';
import { onlyNaturalPersons, syntheticReport } from '../../testing/synthetic-report.js';
import { graphql } from '../../testing/test-app.js';
import { IngestService } from '../ingest/ingest.service.js';
import { ReportMetricsService } from './report-metrics.service.js';

/** A report whose only figure that matters here is the number of requests received. */
const report = (issuer: string, year: number, received: number) =>
  Buffer.from(
    syntheticReport({
      issuer,
      year,
      requests: { newReceived: onlyNaturalPersons(received), granted: onlyNaturalPersons(received), totalProcessed: onlyNaturalPersons(received) },
    }),
  );

describe('government_metric (each region government’s figures, kept as reports change)', () => {
  let app: AnalyticsTestApp;
  let sql: DataSource;
  let ingest: IngestService;

  const received = async (regionCode: string, year: number) =>
    ((await sql.query(`SELECT num FROM government_metric WHERE metric = 'requestsReceived' AND region_code = $1 AND year = $2`, [regionCode, year])) as { num: number }[]).map((r) => r.num);
  const benxi2024 = async () =>
    (
      await graphql<{ rollup: { value: number; reportsPresent: number }[] }>(
        app.url,
        `{ rollup(metric: "requestsReceived", regionCode: "210500", level: prefecture, years: [2024]) { value reportsPresent } }`,
      )
    ).rollup[0];
  const reportId = async (issuer: string, year: number) =>
    ((await sql.query(`SELECT r.id FROM report r JOIN issuer i ON i.id = r.issuer_id WHERE i.name = $1 AND r.year = $2`, [issuer, year])) as { id: number }[])[0]!.id;
  const expectInStep = async () => {
    const { stored, expected } = await governmentMetricsStoredAndExpected(sql);
    expect(stored).toEqual(expected);
    return stored;
  };

  beforeAll(async () => {
    app = await startAnalyticsApp();
    sql = app.app.get(DataSource);
    ingest = app.app.get(IngestService);
  });
  afterAll(async () => {
    await app?.dispose();
  });

  it('holds every catalogue metric of every government report, departments left out', async () => {
    const stored = await expectInStep();
    // 16 reports: 15 county governments' and the prefecture government's (本溪市); not the department's.
    expect(stored).toHaveLength(16 * METRICS.length);
    expect(await received('210500', 2024)).toEqual([60]);
    expect(await received('210502', 2024)).toEqual([20]);
    expect(await benxi2024()).toEqual({ value: 76, reportsPresent: 5 });
  });

  it('carries the figures in its primary key, so that a roll-up reads its ranges from the index alone', async () => {
    const [key] = (await sql.query(
      `SELECT pg_get_indexdef(c.conindid) AS definition FROM pg_constraint c WHERE c.conrelid = 'government_metric'::regclass AND c.contype = 'p'`,
    )) as { definition: string }[];
    expect(key!.definition).toMatch(/\(metric, year, region_code\) INCLUDE \(report_id, num, den\)$/);
  });

  it('follows a new revision of a report', async () => {
    expect((await ingest.ingest(report('平山区', 2024, 25), '平山区-2024-revised.txt')).status).toBe('revised');
    expect(await received('210502', 2024)).toEqual([25]);
    await expectInStep();
    expect(await benxi2024()).toEqual({ value: 81, reportsPresent: 5 });
  });

  it('follows a deleted report', async () => {
    expect(await ingest.deleteReport(await reportId('桓仁满族自治县', 2024), 'cli')).toBe(true);
    expect(await received('210522', 2024)).toEqual([]);
    await expectInStep();
    expect(await benxi2024()).toEqual({ value: 68, reportsPresent: 4 });
  });

  it('counts a region once when its government publishes under a second name, the first issuer first', async () => {
    // A second government issuer of 南芬区 (names not yet merged), as older data can hold.
    await sql.query(`INSERT INTO issuer (name, kind, region_code) VALUES ('南芬区政府', 'government', '210505')`);
    // 2024: 南芬区 had no report; the second name's report stands for the region.
    expect((await ingest.ingest(report('南芬区政府', 2024, 9), 'nanfen-2024.txt')).status).toBe('stored');
    expect(await received('210505', 2024)).toEqual([9]);
    expect(await benxi2024()).toEqual({ value: 77, reportsPresent: 5 });
    // 2023: 南芬区's own report (3 requests) stays the region's; once deleted, the other one counts.
    expect((await ingest.ingest(report('南芬区政府', 2023, 99), 'nanfen-2023.txt')).status).toBe('stored');
    expect(await received('210505', 2023)).toEqual([3]);
    await expectInStep();
    expect(await ingest.deleteReport(await reportId('南芬区', 2023), 'cli')).toBe(true);
    expect(await received('210505', 2023)).toEqual([99]);
    await expectInStep();
  });

  // On a real server only: the embedded database is one backend that runs one transaction at a
  // time, so its transactions never overlap (and a held lock would stop every other query).
  it.skipIf(!process.env['DATABASE_URL'])('stays right when two government issuers of one region are stored at the same moment', async () => {
    await sql.query(`INSERT INTO issuer (name, kind, region_code) VALUES ('溪湖区政府', 'government', '210503')`);
    // Both transactions are held just before they rewrite the region's rows (a SHARE lock on the
    // table stops their DELETE), so that they overlap for certain. Without the per-region lock
    // both would compute the rows from what they see and insert them: the second would fail on the
    // primary key, or its report would replace the first issuer's.
    const holder = sql.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('LOCK TABLE government_metric IN SHARE MODE');
    const both = Promise.all([
      ingest.ingest(report('溪湖区政府', 2022, 7), 'xihu-gov-2022.txt'),
      ingest.ingest(report('溪湖区', 2022, 5), 'xihu-2022.txt'),
    ]);
    try {
      for (let waiting = 0; waiting < 2; ) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        [{ waiting }] = (await sql.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )) as { waiting: number }[];
      }
    } finally {
      await holder.commitTransaction();
      await holder.release();
    }
    expect((await both).map((outcome) => outcome.status)).toEqual(['stored', 'stored']);
    // 溪湖区 is the region's first government issuer: its report stands for the region.
    expect(await received('210503', 2022)).toEqual([5]);
    await expectInStep();
  });

  it('is rebuilt at start when it is empty (a new database) or the catalogue gained a metric', async () => {
    const before = await expectInStep();
    await sql.query('DELETE FROM government_metric');
    await app.app.get(ReportMetricsService).backfill(sql.manager);
    expect(await expectInStep()).toEqual(before);
    // A metric new to the catalogue: its report_metric rows are computed, and government_metric gets them.
    await sql.query(`DELETE FROM report_metric WHERE metric = 'grantRate'`);
    await sql.query(`DELETE FROM government_metric WHERE metric = 'grantRate'`);
    await app.app.get(ReportMetricsService).backfill(sql.manager);
    expect(await expectInStep()).toEqual(before);
  });
});
