import { describe, expect, it } from 'vitest';
import type { ScopeInfo } from '../../shared/api';
import { fromCompare, fromRollup, listEntities, offeredYears, planSource, readSelection, selectionPatch, yearsOf } from './selection';

const scope = (level: 'province' | 'prefecture' | 'county' | null, childLevel: 'prefecture' | 'county' = 'prefecture'): ScopeInfo => ({
  region: level ? ({ code: '210000', name: 'x', level, path: 'x', parentCode: null, population: null, populationYear: null, parent: null, children: [] } as unknown as ScopeInfo['region']) : null,
  ancestors: [],
  children: [{ code: '210100', name: 'c', level: childLevel, childCount: 1 }],
});

describe('readSelection and selectionPatch', () => {
  it('reads scope, mode and issuers, ignoring malformed values', () => {
    expect(readSelection(new URLSearchParams('scope=210500&by=issuers&issuers=3,x,5'))).toEqual({ scope: '210500', by: 'issuers', issuers: [3, 5] });
    expect(readSelection(new URLSearchParams('scope=21&by=nope'))).toEqual({ scope: null, by: 'children', issuers: [] });
  });

  it('writes only what changed and leaves defaults out of the URL', () => {
    expect(selectionPatch({ by: 'children' })).toEqual({ by: null });
    expect(selectionPatch({ issuers: [1, 2] })).toEqual({ issuers: [1, 2] });
    expect(selectionPatch({ scope: null })).toEqual({ scope: null });
  });
});

describe('planSource', () => {
  const base = { scope: '210000', issuers: [] as number[] };
  it('sums provinces for the nation and prefectures for a province (rollup)', () => {
    expect(planSource({ ...base, scope: null, by: 'children' }, scope(null))).toEqual({ kind: 'rollup', level: 'province', regionCode: null });
    expect(planSource({ ...base, by: 'children' }, scope('province'))).toEqual({ kind: 'rollup', level: 'prefecture', regionCode: '210000' });
  });

  it('uses county governments below a prefecture or a municipality, and for "all counties"', () => {
    expect(planSource({ ...base, by: 'children' }, scope('province', 'county'))).toEqual({ kind: 'compare', regionCode: '210000' });
    expect(planSource({ ...base, by: 'children' }, scope('prefecture', 'county'))).toEqual({ kind: 'compare', regionCode: '210000' });
    expect(planSource({ ...base, scope: null, by: 'counties' }, null)).toEqual({ kind: 'compare', regionCode: null });
  });

  it('uses the picked issuers, and nothing until some are picked or the scope is known', () => {
    expect(planSource({ ...base, by: 'issuers', issuers: [4] }, null)).toEqual({ kind: 'issuers', issuerIds: [4] });
    expect(planSource({ ...base, by: 'issuers', issuers: [] }, null)).toBeNull();
    expect(planSource({ ...base, by: 'children' }, null)).toBeNull();
  });
});

describe('row conversion', () => {
  const rollup = [
    { __typename: 'RollupRow' as const, metric: 'm', regionCode: '210500', regionName: '本溪市', regionLevel: 'prefecture' as const, year: 2024, value: 13, coverage: 0.5, reportsPresent: 3, reportsWithValue: 3, countiesExpected: 6 },
  ];
  const compare = [
    { __typename: 'MetricValue' as const, metric: 'm', issuerId: 7, issuerName: '桓仁', regionCode: '210522', reportId: 9, year: 2024, value: null, previousValue: 4, change: 0.25 },
  ];

  it('keeps rollup coverage and has no year-on-year change', () => {
    expect(fromRollup(rollup)[0]).toMatchObject({ entityKey: 'r:210500', entityName: '本溪市', value: 13, coverage: 0.5, change: null, reportsPresent: 3, countiesExpected: 6 });
  });

  it('keeps the API’s change and a blank as null (not 0)', () => {
    expect(fromCompare(compare)[0]).toMatchObject({ entityKey: 'i:7', value: null, change: 0.25, previousValue: 4, reportId: 9 });
  });

  it('lists entities once, and years in order', () => {
    const values = [...fromCompare(compare), ...fromCompare([{ ...compare[0]!, year: 2023 }])];
    expect(listEntities(values)).toEqual([{ key: 'i:7', name: '桓仁', regionCode: '210522', issuerId: 7 }]);
    expect(yearsOf(values)).toEqual([2023, 2024]);
  });

  it('offers the years with reports under the scope, newest first, else every year; the newest is the default', () => {
    const rows = [
      { year: 2023, hasCountyReports: true },
      { year: 2025, hasCountyReports: false },
      { year: 2024, hasCountyReports: true },
    ];
    expect(offeredYears(rows)).toEqual({ years: [2024, 2023], latest: 2024 });
    expect(offeredYears(rows.map((r) => ({ ...r, hasCountyReports: false })))).toEqual({ years: [2025, 2024, 2023], latest: 2025 });
    expect(offeredYears([])).toEqual({ years: [], latest: null });
  });
});
