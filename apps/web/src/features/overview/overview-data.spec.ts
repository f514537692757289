import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../testing/fixtures';
import { indexValues, type EntityValue } from '../selection';
import { commonUnit, hasAnyValue, overviewMetricKeys, panelMetrics, rankItems, selectMetrics, trendRows, yearPanelRows } from './overview-data';

const value = (entityKey: string, metric: string, year: number, v: number | null, name = entityKey): EntityValue => ({
  entityKey,
  entityName: name,
  regionCode: null,
  metric,
  year,
  value: v,
  change: null,
  previousValue: null,
  coverage: null,
  reportsPresent: null,
  countiesExpected: null,
  reportId: null,
});

describe('panel metrics', () => {
  it('puts explicit keys first, then groups, in catalogue order, each once', () => {
    expect(panelMetrics(CATALOGUE, 'requests').map((m) => m.key)).toEqual(['requestsReceived', 'outcomeGranted', 'outcomePartiallyGranted', 'outcomeDenied']);
    expect(panelMetrics(CATALOGUE, 'enforcement').map((m) => m.key)).toEqual(['licensingDecisions', 'punishmentDecisions', 'coercionDecisions']);
    expect(selectMetrics(CATALOGUE, { keys: ['nope', 'feesWan'], groups: ['fees'] }).map((m) => m.key)).toEqual(['feesWan']);
  });

  it('asks the API for every needed metric once, and none the catalogue lacks', () => {
    const keys = overviewMetricKeys(CATALOGUE);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('grantRate');
    expect(keys).toContain('outcomeOther');
    expect(overviewMetricKeys([])).toEqual([]);
  });
});

describe('yearPanelRows and trendRows', () => {
  const totals = indexValues([value('r:1', 'feesWan', 2024, 5087.94), value('r:1', 'feesWan', 2023, null), value('r:1', 'requestsReceived', 2024, 0)]);
  const fees = selectMetrics(CATALOGUE, { groups: ['fees'] });

  it('gives each metric its value per year, null when missing, 0 kept', () => {
    expect(yearPanelRows(fees, totals, 'r:1', [2024, 2023], 'zh')).toEqual([
      { key: 'feesWan', label: '行政事业性收费金额·API', unit: 'wan', values: { y2024: 5087.94, y2023: null } },
    ]);
    const received = yearPanelRows(selectMetrics(CATALOGUE, { keys: ['requestsReceived'] }), totals, 'r:1', [2024], 'en');
    expect(received[0]!.label).toBe('Requests received·API');
    expect(hasAnyValue(received)).toBe(true);
    expect(hasAnyValue(yearPanelRows(fees, totals, 'r:1', [2022], 'zh'))).toBe(false);
  });

  it('shapes rows over the years', () => {
    expect(trendRows(fees, totals, 'r:1', [2023, 2024])).toEqual([
      { label: '2023', feesWan: null },
      { label: '2024', feesWan: 5087.94 },
    ]);
  });

  it('finds the shared unit', () => {
    expect(commonUnit([{ unit: 'count' }, { unit: 'count' }])).toBe('count');
    expect(commonUnit([{ unit: 'count' }, { unit: 'wan' }])).toBeNull();
  });
});

describe('rankItems', () => {
  it('sorts values largest first (ties by name) and keeps blanks apart', () => {
    const values = [
      value('a', 'm', 2024, 5, '乙'),
      value('b', 'm', 2024, 9, '甲'),
      value('c', 'm', 2024, 5, '丙'),
      value('d', 'm', 2024, null, '丁'),
      value('e', 'm', 2023, 100, '戊'),
      value('f', 'x', 2024, 100, '己'),
    ];
    const { items, missing } = rankItems(values, 'm', 2024, 'zh-CN', new Set(['c']));
    expect(items.map((i) => i.key)).toEqual(['b', 'c', 'a']);
    expect(items.find((i) => i.key === 'c')!.highlight).toBe(true);
    expect(missing.map((m) => m.entityKey)).toEqual(['d']);
  });
});
