import { describe, expect, it } from 'vitest';
import type { EntityValue } from '../selection';
import { changeChartRows, levelOfCode, trendChartRows } from './trends-data';

describe('levelOfCode', () => {
  it('reads the level from the GB/T 2260 structure', () => {
    expect(levelOfCode('210000')).toBe('province');
    expect(levelOfCode('210500')).toBe('prefecture');
    expect(levelOfCode('210522')).toBe('county');
    expect(levelOfCode('110101')).toBe('county');
  });
});

describe('trend rows', () => {
  const v = (entityKey: string, year: number, value: number | null, change: number | null): EntityValue => ({
    entityKey, entityName: entityKey, regionCode: entityKey, metric: 'm', year, value, change, previousValue: null, coverage: null, reportsPresent: null, countiesExpected: null, reportId: null,
  });
  const values = [v('210522', 2023, 10, null), v('210522', 2024, 13, 0.3), v('210500', 2024, 40, null)];

  it('gives one row per year, one field per region, null for gaps', () => {
    expect(trendChartRows(values, ['210522', '210500'], 'm', [2023, 2024])).toEqual([
      { label: '2023', '210522': 10, '210500': null },
      { label: '2024', '210522': 13, '210500': 40 },
    ]);
  });

  it('shows the API’s change in percent, never one computed here', () => {
    expect(changeChartRows(values, ['210522', '210500'], 'm', [2024])).toEqual([{ label: '2024', '210522': 30, '210500': null }]);
  });
});
