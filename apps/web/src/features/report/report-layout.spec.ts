import { describe, expect, it } from 'vitest';
import { columnSections, findingsByCell, horizontalGroups, requestsLayout, splitLabel, worstSeverity, type Finding, type ReportRow } from './report-layout';

const col = (key: string) => ({ __typename: 'ReportColumn' as const, key, labelZh: key, labelEn: key, unit: 'count' });
const row = (key: string, labelZh: string, columns = ['total']): ReportRow =>
  ({ __typename: 'ReportRow', key, labelZh, labelEn: labelZh, missing: false, inTemplate: true, columns: columns.map(col), values: [] }) as unknown as ReportRow;

describe('splitLabel', () => {
  it('splits template headings from items in Chinese and English', () => {
    expect(splitLabel('（三）不予公开 1.属于国家秘密')).toEqual({ group: '（三）不予公开', item: '1.属于国家秘密' });
    expect(splitLabel('2.其他法律行政法规禁止公开')).toEqual({ group: null, item: '2.其他法律行政法规禁止公开' });
    expect(splitLabel('Denied: state secret')).toEqual({ group: 'Denied', item: 'state secret' });
    expect(splitLabel('行政诉讼 未经复议直接起诉')).toEqual({ group: '行政诉讼', item: '未经复议直接起诉' });
  });
});

describe('requestsLayout (表三)', () => {
  const rows = [
    row('newReceived', '一、本年新收政府信息公开申请数量'),
    row('granted', '（一）予以公开'),
    row('deniedStateSecret', '（三）不予公开 1.属于国家秘密'),
    row('deniedProhibitedByLaw', '2.其他法律行政法规禁止公开'),
    row('otherReasons', '（六）其他处理'),
    row('totalProcessed', '（七）总计'),
    row('carriedForward', '四、结转下年度继续办理'),
  ];
  const layout = requestsLayout(rows, 'zh', '三、本年度办理结果');

  it('gives the template’s nested row headers with their spans', () => {
    expect(layout.map((l) => l.headers)).toEqual([
      [{ text: '一、本年新收政府信息公开申请数量', rowSpan: 1, colSpan: 3 }],
      [
        { text: '三、本年度办理结果', rowSpan: 5, colSpan: 1 },
        { text: '（一）予以公开', rowSpan: 1, colSpan: 2 },
      ],
      [
        { text: '（三）不予公开', rowSpan: 2, colSpan: 1 },
        { text: '1.属于国家秘密', rowSpan: 1, colSpan: 1 },
      ],
      [{ text: '2.其他法律行政法规禁止公开', rowSpan: 1, colSpan: 1 }],
      [{ text: '（六）其他处理', rowSpan: 1, colSpan: 2 }],
      [{ text: '（七）总计', rowSpan: 1, colSpan: 2 }],
      [{ text: '四、结转下年度继续办理', rowSpan: 1, colSpan: 3 }],
    ]);
  });
});

describe('columnSections (表二) and horizontalGroups (表四)', () => {
  it('groups consecutive rows with the same columns', () => {
    const sections = columnSections([row('regulations', '规章', ['issued', 'inForce']), row('normativeDocuments', '规范性文件', ['issued', 'inForce']), row('licensing', '行政许可', ['decisions']), row('fees', '收费', ['amountWan'])]);
    expect(sections.map((s) => s.map((r) => r.key))).toEqual([['regulations', 'normativeDocuments'], ['licensing'], ['fees']]);
  });

  it('puts the two litigation rows under one heading', () => {
    const groups = horizontalGroups([row('review', '行政复议'), row('litigationDirect', '行政诉讼 未经复议直接起诉'), row('litigationAfterReview', '行政诉讼 复议后起诉')], 'zh');
    expect(groups.map((g) => [g.text, g.rows.map((r) => r.item)])).toEqual([
      ['行政复议', [null]],
      ['行政诉讼', ['未经复议直接起诉', '复议后起诉']],
    ]);
  });
});

describe('findings on cells', () => {
  const f = (id: number, severity: string, cells: string[]) => ({ id, severity, cells }) as unknown as Finding;
  it('maps each canonical cell key to its findings, the worst first', () => {
    const map = findingsByCell([f(1, 'warning', ['requests.granted.total']), f(2, 'error', ['requests.granted.total', 'requests.totalProcessed.total'])]);
    expect(map.get('requests.granted.total')!.map((x) => x.id)).toEqual([1, 2]);
    expect(worstSeverity(map.get('requests.granted.total')!)).toBe('error');
    expect(worstSeverity([])).toBeNull();
  });
});
