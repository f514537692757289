import { describe, expect, it } from 'vitest';
import type { EntityValue } from '../selection';
import { shareRows } from './outcomes-data';

const v = (entityKey: string, name: string, metric: string, value: number | null): EntityValue => ({
  entityKey,
  entityName: name,
  regionCode: null,
  metric,
  year: 2024,
  value,
  change: null,
  previousValue: null,
  coverage: null,
  reportsPresent: null,
  countiesExpected: null,
  reportId: null,
});

const values = [
  v('a', '甲', 'outcomeGranted', 11), v('a', '甲', 'outcomeDenied', 2), v('a', '甲', 'requestsReceived', 13), v('a', '甲', 'grantRate', 84.6),
  v('b', '乙', 'outcomeGranted', 50), v('b', '乙', 'outcomeDenied', 50), v('b', '乙', 'requestsReceived', 100), v('b', '乙', 'grantRate', 50),
  v('c', '丙', 'outcomeGranted', 0), v('c', '丙', 'outcomeDenied', null), v('c', '丙', 'requestsReceived', 0),
];
const parts = ['outcomeGranted', 'outcomeDenied'];

describe('shareRows', () => {
  it('keeps entities with something to break down, with the reported counts', () => {
    const { rows, empty } = shareRows(values, parts, 2024, 'requests', 40, 'zh-CN');
    expect(rows).toEqual([
      { label: '乙', outcomeGranted: 50, outcomeDenied: 50 },
      { label: '甲', outcomeGranted: 11, outcomeDenied: 2 },
    ]);
    expect(empty).toEqual(['丙']);
  });

  it('orders by the API’s grant rate or by name, and caps the rows', () => {
    expect(shareRows(values, parts, 2024, 'grantRate', 40, 'zh-CN').rows.map((r) => r.label)).toEqual(['甲', '乙']);
    const byName = shareRows(values, parts, 2024, 'name', 40, 'zh-CN').rows.map((r) => r.label);
    expect(byName).toEqual([...byName].sort(new Intl.Collator('zh-CN').compare));
    const capped = shareRows(values, parts, 2024, 'requests', 1, 'zh-CN');
    expect(capped.rows).toHaveLength(1);
    expect(capped.omitted).toBe(1);
  });
});
