import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalyticsApp, type AnalyticsTestApp } from '../../testing/analytics-dataset.js';
import { graphql } from '../../testing/test-app.js';

interface Value {
  issuerName: string;
  regionCode: string | null;
  year: number;
  value: number | null;
  previousValue: number | null;
  change: number | null;
}

const QUERY = `query($metrics: [String!]!, $years: [Int!], $regionCode: String, $level: RegionLevel, $issuerKind: IssuerKind) {
  compare(metrics: $metrics, years: $years, regionCode: $regionCode, level: $level, issuerKind: $issuerKind) {
    issuerName regionCode year value previousValue change
  }
}`;

describe('compare', () => {
  let app: AnalyticsTestApp;
  const compare = async (variables: Record<string, unknown>) => (await graphql<{ compare: Value[] }>(app.url, QUERY, variables)).compare;

  beforeAll(async () => {
    app = await startAnalyticsApp();
  });
  afterAll(async () => {
    await app?.dispose();
  });

  it('gives the year-on-year change from the year before, even when only the later year is asked for', async () => {
    const rows = await compare({ metrics: ['requestsReceived'], years: [2024], regionCode: '210500', level: 'county' });
    const byName = Object.fromEntries(rows.map((r) => [r.issuerName, r]));
    expect(Object.keys(byName).sort()).toEqual(['平山区', '明山区', '本溪满族自治县', '桓仁满族自治县', '溪湖区'].sort());
    expect(byName['平山区']).toMatchObject({ year: 2024, value: 20, previousValue: 16, change: 0.25 }); // 20 / 16 − 1
    expect(byName['溪湖区']).toMatchObject({ value: 8, previousValue: 8, change: 0 });
    expect(byName['明山区']).toMatchObject({ value: 30, previousValue: 24, change: 0.25 });
    expect(byName['桓仁满族自治县']!.change).toBeCloseTo(0.3, 12); // 13 / 10 − 1
  });

  it('has no previous value for an issuer without a report the year before', async () => {
    const rows = await compare({ metrics: ['requestsReceived'], years: [2023, 2024], issuerKind: 'government', regionCode: '210500' });
    expect(rows.find((r) => r.issuerName === '平山区' && r.year === 2023)).toMatchObject({ previousValue: null, change: null });
    expect(rows.find((r) => r.issuerName === '本溪市')).toMatchObject({ year: 2024, value: 60, previousValue: null, change: null });
    expect(rows.some((r) => r.issuerName === '本溪市生态环境局')).toBe(false);
  });

  it('filters by the level of the issuer region and by issuer kind', async () => {
    const prefectures = await compare({ metrics: ['requestsReceived'], years: [2024], level: 'prefecture' });
    expect(prefectures.map((r) => r.issuerName)).not.toContain('平山区');
    expect(prefectures.map((r) => r.issuerName)).toContain('本溪市');
    const departments = await compare({ metrics: ['requestsReceived'], issuerKind: 'department' });
    expect(departments.map((r) => [r.issuerName, r.value])).toEqual([['本溪市生态环境局', 7]]);
  });

  it('keeps the original arguments working', async () => {
    const rows = await compare({ metrics: ['requestsReceived', 'grantRate'], years: [2024], regionCode: '210522' });
    expect(rows.map((r) => r.value)).toEqual([(11 / 13) * 100, 13]);
  });
});
