import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../testing/fixtures';
import type { EntityValue } from '../selection';
import { compareTableRows, metricColumns, multiplesSeries, readSort, topEntities, writeSort } from './compare-data';

const v = (entityKey: string, metric: string, year: number, value: number | null, change: number | null = null): EntityValue => ({
  entityKey,
  entityName: `n${entityKey}`,
  regionCode: null,
  metric,
  year,
  value,
  change,
  previousValue: null,
  coverage: null,
  reportsPresent: null,
  countiesExpected: null,
  reportId: entityKey === 'i:1' ? 11 : null,
});

const values = [v('i:1', 'a', 2024, 10, 0.1), v('i:1', 'b', 2024, 3), v('i:2', 'a', 2024, 20), v('i:2', 'a', 2023, 15), v('i:3', 'a', 2024, null), v('i:1', 'a', 2023, 8)];

describe('sort in the URL', () => {
  it('reads and writes column:direction', () => {
    expect(readSort('2:desc')).toEqual({ column: 2, direction: 'desc' });
    expect(readSort('x')).toBeNull();
    expect(writeSort({ column: 0, direction: 'asc' })).toBe('0:asc');
    expect(writeSort(null)).toBeNull();
  });
});

describe('topEntities and multiplesSeries', () => {
  it('picks the largest values of the year, skipping blanks', () => {
    expect(topEntities(values, 'a', 2024, 5, 'zh-CN')).toEqual(['i:2', 'i:1']);
    expect(topEntities(values, 'a', 2024, 1, 'zh-CN')).toEqual(['i:2']);
  });

  it('gives one series per entity over the years, null for a missing year', () => {
    expect(multiplesSeries(values, ['i:2', 'i:3', 'i:9'], 'a', [2023, 2024])).toEqual([
      { key: 'i:2', label: 'ni:2', values: [15, 20] },
      { key: 'i:3', label: 'ni:3', values: [null, null] },
    ]);
  });
});

describe('compareTableRows', () => {
  it('gives a row per entity of the year with each metric and the API’s change', () => {
    const columns = metricColumns(new Map(CATALOGUE.map((m) => [m.key, m])), ['requestsReceived', 'nope'], 'zh');
    expect(columns.map((c) => c.label)).toEqual(['本年新收申请·API']);
    const metrics = [{ ...CATALOGUE[0]!, key: 'a' }, { ...CATALOGUE[0]!, key: 'b' }];
    expect(compareTableRows(values, metrics, 2024, true)).toEqual([
      { key: 'i:1', name: 'ni:1', reportId: 11, regionCode: null, cells: [10, 0.1, 3, null] },
      { key: 'i:2', name: 'ni:2', reportId: null, regionCode: null, cells: [20, null, null, null] },
      { key: 'i:3', name: 'ni:3', reportId: null, regionCode: null, cells: [null, null, null, null] },
    ]);
    expect(compareTableRows(values, metrics, 2024, false)[0]!.cells).toEqual([10, 3]);
  });
});
