import { describe, expect, it } from 'vitest';
import type { CoverageQuery, FindingCountsQuery } from '../../generated/graphql';
import { coverageRows, readCursors, ruleCounts, ruleOptions } from './quality-data';

const COUNTS = {
  byRule: [
    { rule: 'requests.balance', labelZh: '申请数量收支不平衡', labelEn: 'Requests do not balance', severity: 'error', count: 4 },
    { rule: 'review.sum', labelZh: '行政复议各项之和不等于总计', labelEn: 'Review results do not add up', severity: 'error', count: 0 },
    { rule: 'parse.ambiguousSplit', labelZh: '连写数字有多种拆分方式', labelEn: 'Run-together digits split more than one way', severity: 'warning', count: 29 },
    { rule: 'future.rule', labelZh: null, labelEn: null, severity: 'info', count: 2 },
  ],
  bySeverity: [],
} as unknown as FindingCountsQuery['findingCounts'];

describe('ruleOptions and ruleCounts', () => {
  it('offers every rule in catalogue order, labelled in the language shown or by its id', () => {
    expect(ruleOptions(COUNTS, 'zh').map((r) => [r.rule, r.label])).toEqual([
      ['requests.balance', '申请数量收支不平衡'],
      ['review.sum', '行政复议各项之和不等于总计'],
      ['parse.ambiguousSplit', '连写数字有多种拆分方式'],
      ['future.rule', 'future.rule'],
    ]);
    expect(ruleOptions(COUNTS, 'en')[0]!.label).toBe('Requests do not balance');
  });

  it('counts only the rules with findings, largest first', () => {
    expect(ruleCounts(COUNTS, 'zh')).toEqual([
      { rule: 'parse.ambiguousSplit', label: '连写数字有多种拆分方式', count: 29, severity: 'warning' },
      { rule: 'requests.balance', label: '申请数量收支不平衡', count: 4, severity: 'error' },
      { rule: 'future.rule', label: 'future.rule', count: 2, severity: 'info' },
    ]);
  });
});

describe('readCursors', () => {
  it('reads a stack of opaque cursors and drops junk', () => {
    expect(readCursors('WyJh,WyJi')).toEqual(['WyJh', 'WyJi']);
    expect(readCursors('a<b')).toEqual([]);
    expect(readCursors(null)).toEqual([]);
  });
});

describe('coverageRows', () => {
  it('keeps only the rows with a gap when asked', () => {
    const row = (name: string, present: boolean[]) => ({ issuerName: name, cells: present.map((p, i) => ({ year: 2023 + i, present: p, reportId: p ? 1 : null })) });
    const rows = [row('a', [true, true]), row('b', [true, false])] as unknown as CoverageQuery['coverage']['rows'];
    expect(coverageRows(rows, true).map((r) => r.issuerName)).toEqual(['b']);
    expect(coverageRows(rows, false)).toHaveLength(2);
  });
});
