import { METRICS } from '@dlens/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startAnalyticsApp, type AnalyticsTestApp } from '../../testing/analytics-dataset.js';
import { graphql } from '../../testing/test-app.js';

const FIELDS = 'metric issuerName regionCode regionLevel reportId value rank percentile peerCount median q1 q3 min max population populationBand';
const QUERY = `query($metric: String!, $year: Int!, $issuerId: Int, $regionCode: String, $peerGroup: PeerGroup!) {
  benchmark(metric: $metric, year: $year, issuerId: $issuerId, regionCode: $regionCode, peerGroup: $peerGroup) { ${FIELDS} }
}`;

interface Benchmark {
  metric: string;
  issuerName: string;
  value: number | null;
  rank: number | null;
  percentile: number | null;
  peerCount: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
  population: number | null;
  populationBand: string | null;
}

/*
 * requestsReceived, 2024, subject 平山区 (20). County governments that reported for 2024:
 *   本溪市: 本溪县 5, 溪湖 8, 桓仁 13, 平山 20, 明山 30   (南芬 missing)
 *   辽宁, elsewhere: 新抚 12 (222,984 residents), 东港 40 (568,566)
 *   elsewhere: 仙桃 50 (1,268,715), 海淀 120 (3,133,469)
 * rank = 1 + peers with a higher value; percentile = 100 × (peers lower) / (peers − 1);
 * percentile_cont(p) interpolates at position p × (n − 1) of the ascending values (0-based).
 */
describe('benchmark', () => {
  let app: AnalyticsTestApp;
  const benchmark = async (variables: Record<string, unknown>) =>
    (await graphql<{ benchmark: Benchmark }>(app.url, QUERY, { metric: 'requestsReceived', year: 2024, ...variables })).benchmark;

  /** Issuer ids, from the compare query of the analytics module. */
  const issuers = async () =>
    (await graphql<{ compare: { issuerId: number; issuerName: string }[] }>(app.url, '{ compare(metrics: ["requestsReceived"], years: [2024]) { issuerId issuerName } }'))
      .compare;

  beforeAll(async () => {
    app = await startAnalyticsApp();
  });
  afterAll(async () => {
    await app?.dispose();
  });

  it('ranks a county among the counties of its prefecture', async () => {
    // [5, 8, 13, 20, 30]: 30 is higher → rank 2; 3 of the 4 others lower → 75;
    // median at 2 → 13; q1 at 1 → 8; q3 at 3 → 20
    expect(await benchmark({ regionCode: '210502', peerGroup: 'SAME_PARENT' })).toMatchObject({
      issuerName: '平山区',
      value: 20,
      rank: 2,
      percentile: 75,
      peerCount: 5,
      median: 13,
      q1: 8,
      q3: 20,
      min: 5,
      max: 30,
    });
  });

  it('ranks it within its province', async () => {
    // [5, 8, 12, 13, 20, 30, 40]: rank 3; 4 of 6 lower → 66.7; median at 3 → 13;
    // q1 at 1.5 → (8 + 12) / 2 = 10; q3 at 4.5 → (20 + 30) / 2 = 25
    const b = await benchmark({ regionCode: '210502', peerGroup: 'SAME_LEVEL_IN_PROVINCE' });
    expect(b).toMatchObject({ rank: 3, peerCount: 7, median: 13, q1: 10, q3: 25, min: 5, max: 40 });
    expect(b.percentile).toBeCloseTo((4 / 6) * 100, 10);
  });

  it('ranks it nationwide', async () => {
    // [5, 8, 12, 13, 20, 30, 40, 50, 120]: rank 5; 4 of 8 lower → 50; median at 4 → 20;
    // q1 at 2 → 12; q3 at 6 → 40
    expect(await benchmark({ regionCode: '210502', peerGroup: 'NATIONWIDE' })).toMatchObject({
      rank: 5,
      percentile: 50,
      peerCount: 9,
      median: 20,
      q1: 12,
      q3: 40,
      max: 120,
    });
  });

  it('compares it with counties of the same population band', async () => {
    // 平山区 226,059 → 200k–500k, with 溪湖, 明山, 本溪县, 桓仁 and 新抚 (东港 500k–1M,
    // 仙桃 and 海淀 ≥1M are out): [5, 8, 12, 13, 20, 30]: rank 2; 4 of 5 lower → 80;
    // median at 2.5 → 12.5; q1 at 1.25 → 8 + 0.25 × 4 = 9; q3 at 3.75 → 13 + 0.75 × 7 = 18.25
    expect(await benchmark({ regionCode: '210502', peerGroup: 'POPULATION_BAND' })).toMatchObject({
      rank: 2,
      percentile: 80,
      peerCount: 6,
      median: 12.5,
      q1: 9,
      q3: 18.25,
      population: 226059,
      populationBand: '200k–500k',
    });
  });

  it('finds the subject by issuer id as by region, and ranks the lowest and the highest', async () => {
    const huanren = (await issuers()).find((r) => r.issuerName === '桓仁满族自治县')!;
    expect(await benchmark({ issuerId: huanren.issuerId, peerGroup: 'SAME_PARENT' })).toMatchObject({ value: 13, rank: 3, percentile: 50 });
    expect(await benchmark({ regionCode: '210521', peerGroup: 'SAME_PARENT' })).toMatchObject({ value: 5, rank: 5, percentile: 0 });
    expect(await benchmark({ regionCode: '210504', peerGroup: 'SAME_PARENT' })).toMatchObject({ value: 30, rank: 1, percentile: 100 });
  });

  it('keeps the statistics of the peers for a county without a report', async () => {
    // 南芬区 did not report for 2024: no value, no rank; the five others still give the spread
    expect(await benchmark({ regionCode: '210505', peerGroup: 'SAME_PARENT' })).toMatchObject({
      reportId: null,
      value: null,
      rank: null,
      percentile: null,
      peerCount: 5,
      median: 13,
    });
  });

  it('compares a prefecture government only with prefecture governments', async () => {
    expect(await benchmark({ regionCode: '210500', peerGroup: 'NATIONWIDE' })).toMatchObject({ value: 60, rank: 1, percentile: 0, peerCount: 1 });
  });

  it('benchmarks every metric of the catalogue at once', async () => {
    const data = await graphql<{ benchmarkAll: Benchmark[] }>(
      app.url,
      `query { benchmarkAll(year: 2024, regionCode: "210502", peerGroup: SAME_PARENT) { ${FIELDS} } }`,
    );
    expect(data.benchmarkAll.map((b) => b.metric)).toEqual(METRICS.map((m) => m.key));
    const byMetric = Object.fromEntries(data.benchmarkAll.map((b) => [b.metric, b]));
    expect(byMetric['requestsReceived']).toMatchObject({ value: 20, rank: 2, percentile: 75, median: 13 });
    // grant rates: 本溪县 100, 桓仁 84.6, 溪湖 75, 平山 55.6, 明山 42.9 → 平山 4th, 1 of 4 lower
    expect(byMetric['grantRate']).toMatchObject({ rank: 4, percentile: 25, peerCount: 5 });
    expect(byMetric['grantRate']!.value).toBeCloseTo((10 / 18) * 100, 10);
    expect(byMetric['grantRate']!.median).toBeCloseTo(75, 10);
  });

  it('refuses a department, a missing subject, and two subjects at once', async () => {
    const department = (await issuers()).find((r) => r.issuerName === '本溪市生态环境局')!;
    const cases = [
      { issuerId: department.issuerId, peerGroup: 'NATIONWIDE' },
      { issuerId: 999999, peerGroup: 'NATIONWIDE' },
      { regionCode: '210502', issuerId: 1, peerGroup: 'NATIONWIDE' },
      { regionCode: '210100', peerGroup: 'NATIONWIDE' },
    ];
    for (const variables of cases) {
      const body = await postGraphQL(app.url, QUERY, { metric: 'requestsReceived', year: 2024, ...variables });
      expect(body.errors?.[0]?.extensions.code, JSON.stringify(variables)).toBe('BENCHMARK_SUBJECT');
    }
    const unknown = await postGraphQL(app.url, QUERY, { metric: 'requestsReceived', year: 2024, regionCode: '999999', peerGroup: 'NATIONWIDE' });
    expect(unknown.errors?.[0]?.extensions.code).toBe('UNKNOWN_REGION');
  });
});
