import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startAnalyticsApp, type AnalyticsTestApp } from '../../testing/analytics-dataset.js';
import { graphql } from '../../testing/test-app.js';

interface Matrix {
  regionCode: string;
  years: number[];
  rows: {
    countyGovernment: boolean;
    regionCode: string;
    regionLevel: string;
    issuerName: string;
    issuerKind: string;
    cells: { year: number; reportId: number | null; present: boolean }[];
  }[];
  yearTotals: { year: number; countiesExpected: number; countiesPresent: number; countyCoverage: number | null; reportsPresent: number }[];
}

const QUERY = `query($regionCode: String!, $years: [Int!], $issuerKind: IssuerKind) {
  coverage(regionCode: $regionCode, years: $years, issuerKind: $issuerKind) {
    regionCode years
    rows { countyGovernment regionCode regionLevel issuerName issuerKind cells { year reportId present } }
    yearTotals { year countiesExpected countiesPresent countyCoverage reportsPresent }
  }
}`;

describe('coverage', () => {
  let app: AnalyticsTestApp;
  const coverage = async (variables: Record<string, unknown>) => (await graphql<{ coverage: Matrix }>(app.url, QUERY, variables)).coverage;

  beforeAll(async () => {
    app = await startAnalyticsApp();
  });
  afterAll(async () => {
    await app?.dispose();
  });

  it('shows the counties of 本溪市 × years, present or missing, and the prefecture government', async () => {
    const matrix = await coverage({ regionCode: '210500', years: [2024, 2023], issuerKind: 'government' });
    expect(matrix.years).toEqual([2023, 2024]);
    const presence = matrix.rows.map((r) => [r.regionCode, r.issuerName, r.countyGovernment, r.cells.map((c) => c.present)]);
    expect(presence).toEqual([
      ['210500', '本溪市', false, [false, true]],
      ['210502', '平山区', true, [true, true]],
      ['210503', '溪湖区', true, [true, true]],
      ['210504', '明山区', true, [true, true]],
      ['210505', '南芬区', true, [true, false]],
      ['210521', '本溪满族自治县', true, [true, true]],
      ['210522', '桓仁满族自治县', true, [true, true]],
    ]);
    const nanfen = matrix.rows.find((r) => r.regionCode === '210505')!;
    expect(nanfen.cells[0]!.reportId).toEqual(expect.any(Number));
    expect(nanfen.cells[1]!.reportId).toBeNull();
    expect(matrix.yearTotals).toEqual([
      { year: 2023, countiesExpected: 6, countiesPresent: 6, countyCoverage: 1, reportsPresent: 6 },
      { year: 2024, countiesExpected: 6, countiesPresent: 5, countyCoverage: 5 / 6, reportsPresent: 6 },
    ]);
  });

  it('lists a county that never reported as missing every year', async () => {
    const matrix = await coverage({ regionCode: '210600', years: [2023, 2024], issuerKind: 'government' });
    expect(matrix.rows).toHaveLength(6);
    const kuandian = matrix.rows.find((r) => r.regionCode === '210624')!;
    expect(kuandian).toMatchObject({ issuerName: '宽甸满族自治县', cells: [{ year: 2023, reportId: null, present: false }, { year: 2024, reportId: null, present: false }] });
    expect(matrix.yearTotals).toEqual([
      { year: 2023, countiesExpected: 6, countiesPresent: 0, countyCoverage: 0, reportsPresent: 0 },
      { year: 2024, countiesExpected: 6, countiesPresent: 1, countyCoverage: 1 / 6, reportsPresent: 1 },
    ]);
  });

  it('defaults to every year with a report, and shows departments only when asked', async () => {
    const all = await coverage({ regionCode: '210500' });
    expect(all.years).toEqual([2023, 2024]);
    const departments = await coverage({ regionCode: '210500', issuerKind: 'department' });
    expect(departments.rows.every((r) => r.issuerKind === 'department' && !r.countyGovernment)).toBe(true);
    expect(departments.yearTotals.map((t) => t.countiesExpected)).toEqual([0, 0]);
  });

  it('refuses an unknown region', async () => {
    const body = await postGraphQL(app.url, QUERY, { regionCode: '999999' });
    expect(body.errors?.[0]?.extensions.code).toBe('UNKNOWN_REGION');
  });
});
