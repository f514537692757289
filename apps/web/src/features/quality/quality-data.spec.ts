import { describe, expect, it } from 'vitest';
import type { CoverageQuery, FindingCountsQuery } from '../../generated/graphql';
import { coverageRows, readCursors, ruleCounts, severityCounts } from './quality-data';

const count = (n: number, zh?: string) => ({ totalCount: n, edges: zh ? [{ node: { id: 1, rule: 'x', ruleLabelZh: zh, ruleLabelEn: `${zh}-en`, severity: 'error' } }] : [] });

describe('ruleCounts', () => {
  it('lists the rules with findings, largest first, labelled by the API', () => {
    const data = {
      r_requests_balance: count(4, '申请数量收支不平衡'),
      r_parse_ambiguousSplit: count(29, '连写数字有多种拆分方式'),
      r_review_sum: count(0),
      s_error: { totalCount: 4 },
      s_warning: { totalCount: 29 },
      s_info: { totalCount: 0 },
    } as unknown as FindingCountsQuery;
    expect(ruleCounts(data, 'zh')).toEqual([
      { rule: 'parse.ambiguousSplit', label: '连写数字有多种拆分方式', count: 29, severity: 'error' },
      { rule: 'requests.balance', label: '申请数量收支不平衡', count: 4, severity: 'error' },
    ]);
    expect(ruleCounts(data, 'en')[0]!.label).toBe('连写数字有多种拆分方式-en');
    expect(severityCounts(data)).toEqual([
      { severity: 'error', count: 4 },
      { severity: 'warning', count: 29 },
      { severity: 'info', count: 0 },
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
