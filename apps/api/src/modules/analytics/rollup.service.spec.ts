import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startAnalyticsApp, type AnalyticsTestApp } from '../../testing/analytics-dataset.js';
import { graphql } from '../../testing/test-app.js';

interface Row {
  regionCode: string;
  regionLevel: string;
  year: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  countiesExpected: number;
  reportsPresent: number;
  reportsWithValue: number;
  coverage: number | null;
  missingRegionCodes: string[];
}

const QUERY = `query($metric: String!, $regionCode: String, $level: RollupLevel!, $years: [Int!]) {
  rollup(metric: $metric, regionCode: $regionCode, level: $level, years: $years) {
    regionCode regionLevel year value numerator denominator countiesExpected reportsPresent reportsWithValue coverage missingRegionCodes
  }
}`;

/** County-level regions under a code prefix, counted from the shipped region list (the oracle). */
const REGIONS = JSON.parse(readFileSync(new URL('../../../../../data/regions.json', import.meta.url), 'utf8')) as { rows: [string, string, string, string | null][] };
const countiesUnder = (prefix: string) => REGIONS.rows.filter(([code, , level]) => level === 'county' && code.startsWith(prefix)).length;

describe('rollup', () => {
  let app: AnalyticsTestApp;
  const rollup = async (variables: Record<string, unknown>) => (await graphql<{ rollup: Row[] }>(app.url, QUERY, variables)).rollup;

  beforeAll(async () => {
    app = await startAnalyticsApp();
  });
  afterAll(async () => {
    await app?.dispose();
  });

  it('defaults to every year with a report', async () => {
    const rows = await rollup({ metric: 'requestsReceived', regionCode: '210500', level: 'prefecture' });
    expect(rows.map((r) => [r.year, r.value])).toEqual([
      [2023, 65],
      [2024, 76],
    ]);
  });

  it('sums the county governments of 本溪市 per year, with coverage and the missing county', async () => {
    const rows = await rollup({ metric: 'requestsReceived', regionCode: '210500', level: 'prefecture', years: [2023, 2024] });
    expect(rows).toEqual([
      // 2023: 16 + 8 + 24 + 3 + 4 + 10, all six counties
      expect.objectContaining({ regionCode: '210500', year: 2023, value: 65, countiesExpected: 6, reportsPresent: 6, coverage: 1, missingRegionCodes: [] }),
      // 2024: 20 + 8 + 30 + 5 + 13; 南芬区 missing; the prefecture government's own 60 is not a county figure
      expect.objectContaining({
        regionCode: '210500',
        year: 2024,
        value: 76,
        numerator: 76,
        denominator: null,
        countiesExpected: 6,
        reportsPresent: 5,
        reportsWithValue: 5,
        missingRegionCodes: ['210505'],
      }),
    ]);
    expect(rows[1]!.coverage).toBeCloseTo(5 / 6, 12);
  });

  it('rolls a rate up as the sum of numerators over the sum of denominators', async () => {
    const [row] = await rollup({ metric: 'grantRate', regionCode: '210500', level: 'prefecture', years: [2024] });
    // granted 10 + 6 + 12 + 5 + 11 = 44 of processed 18 + 8 + 28 + 5 + 13 = 72 → 61.1 %
    // (the mean of the five rates, 55.6 / 75 / 42.9 / 100 / 84.6, would be 71.6 %)
    expect(row).toMatchObject({ numerator: 44, denominator: 72, reportsWithValue: 5 });
    expect(row!.value).toBeCloseTo((44 / 72) * 100, 10);
  });

  it('divides a per-capita rate by the population of the counties that reported', async () => {
    const [row] = await rollup({ metric: 'requestsPer10k', regionCode: '210500', level: 'prefecture', years: [2024] });
    const residents = 226059 + 204660 + 378936 + 230850 + 229953; // 南芬区 (55,560) did not report
    expect(row).toMatchObject({ numerator: 76, denominator: residents });
    expect(row!.value).toBeCloseTo((76 / residents) * 10000, 10);
  });

  it('gives one row per prefecture of a province, and one for the province', async () => {
    const prefectures = await rollup({ metric: 'requestsReceived', regionCode: '210000', level: 'prefecture', years: [2024] });
    expect(prefectures).toHaveLength(14);
    const byCode = Object.fromEntries(prefectures.map((r) => [r.regionCode, r]));
    expect(byCode['210500']).toMatchObject({ value: 76, reportsPresent: 5, countiesExpected: 6 });
    expect(byCode['210600']).toMatchObject({ value: 40, reportsPresent: 1, countiesExpected: 6, missingRegionCodes: ['210602', '210603', '210604', '210624', '210682'] });
    expect(byCode['210100']).toMatchObject({ value: null, reportsPresent: 0, coverage: 0 });
    expect(byCode['210100']!.missingRegionCodes).toHaveLength(byCode['210100']!.countiesExpected);

    const [province] = await rollup({ metric: 'requestsReceived', regionCode: '210000', level: 'province', years: [2024] });
    // 本溪 76 + 东港 40 + 新抚 12, out of every county-level unit of 辽宁
    expect(province).toMatchObject({ regionCode: '210000', value: 128, reportsPresent: 7, countiesExpected: countiesUnder('21') });
    expect(province!.missingRegionCodes).toHaveLength(countiesUnder('21') - 7);
  });

  it('treats a municipality as its own prefecture level and keeps 省直辖 pseudo-prefectures', async () => {
    const beijing = await rollup({ metric: 'requestsReceived', regionCode: '110000', level: 'prefecture', years: [2024] });
    expect(beijing).toEqual([expect.objectContaining({ regionCode: '110000', regionLevel: 'province', value: 120, countiesExpected: countiesUnder('11') })]);
    const hubei = await rollup({ metric: 'requestsReceived', regionCode: '420000', level: 'prefecture', years: [2024] });
    expect(hubei.find((r) => r.regionCode === '429000')).toMatchObject({ value: 50, reportsPresent: 1, countiesExpected: 4 });
  });

  it('rolls up the whole country by province', async () => {
    const rows = await rollup({ metric: 'requestsReceived', level: 'province', years: [2024] });
    expect(rows).toHaveLength(31);
    expect(rows.filter((r) => r.value !== null).map((r) => [r.regionCode, r.value])).toEqual([
      ['110000', 120],
      ['210000', 128],
      ['420000', 50],
    ]);
  });

  it('lists every year with a report and whether the region has county government reports, as the roll-up counts them', async () => {
    type Year = { year: number; hasCountyReports: boolean };
    const reportYears = async (regionCode: string | null) =>
      (await graphql<{ reportYears: Year[] }>(app.url, 'query($r: String) { reportYears(regionCode: $r) { year hasCountyReports } }', { r: regionCode })).reportYears;
    // Beside a roll-up over every year: its years, and those where some group has a report.
    for (const [regionCode, level] of [[null, 'province'], ['210000', 'province'], ['210500', 'prefecture'], ['420000', 'prefecture'], ['330000', 'province']] as const) {
      const rows = await rollup({ metric: 'requestsReceived', regionCode, level });
      const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
      const present = new Set(rows.filter((r) => r.reportsPresent > 0).map((r) => r.year));
      expect(await reportYears(regionCode), String(regionCode)).toEqual(years.map((year) => ({ year, hasCountyReports: present.has(year) })));
    }
    // 本溪市 has county reports in both years; 浙江 (no report) in none, but the years are listed.
    expect(await reportYears('210500')).toEqual([
      { year: 2024, hasCountyReports: true },
      { year: 2023, hasCountyReports: true },
    ]);
    expect((await reportYears('330000')).some((y) => y.hasCountyReports)).toBe(false);
    const unknown = await postGraphQL(app.url, 'query { reportYears(regionCode: "999999") { year } }', {});
    expect(unknown.errors?.[0]?.extensions.code).toBe('UNKNOWN_REGION');
  });

  it('refuses a level above the region, and an unknown region', async () => {
    const above = await postGraphQL(app.url, QUERY, { metric: 'requestsReceived', regionCode: '210500', level: 'province' });
    expect(above.errors?.[0]?.extensions.code).toBe('ROLLUP_LEVEL');
    const county = await postGraphQL(app.url, QUERY, { metric: 'requestsReceived', regionCode: '210522', level: 'prefecture' });
    expect(county.errors?.[0]?.extensions.code).toBe('ROLLUP_LEVEL');
    const unknown = await postGraphQL(app.url, QUERY, { metric: 'requestsReceived', regionCode: '999999', level: 'prefecture' });
    expect(unknown.errors?.[0]?.extensions.code).toBe('UNKNOWN_REGION');
    const metric = await postGraphQL(app.url, QUERY, { metric: 'nope', regionCode: '210500', level: 'prefecture' });
    expect(metric.errors?.[0]?.extensions.code).toBe('UNKNOWN_METRIC');
  });
});
