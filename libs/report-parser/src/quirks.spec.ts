import { describe, expect, it } from 'vitest';
import { parseText } from './parse-report.js';
import { textToSourceDoc } from './source/text-source.js';
import { tokenize } from './tables/tokens.js';

/** A small 2021-format report in ` | ` text, with rows of 表三 given as 7 cells. */
function report(options: { proactive?: string[]; requests?: Record<string, string>; review?: string; prose?: string; title?: string } = {}): string {
  const zero = '0 | 0 | 0 | 0 | 0 | 0 | 0';
  const rows = [
    ['一、本年新收政府信息公开申请数量', 'newReceived'],
    ['二、上年结转政府信息公开申请数量', 'carriedOver'],
    ['（一）予以公开', 'granted'],
    ['（二）部分公开', 'partiallyGranted'],
    ['（三）不予公开 | 1.属于国家秘密', 'deniedStateSecret'],
    ['（四）无法提供 | 1.本机关不掌握相关政府信息', 'unavailableNotHeld'],
    ['（六）其他处理 | 1.申请人无正当理由逾期不补正', 'otherNoCorrection'],
    ['2.申请人逾期未按收费通知要求缴纳费用', 'otherUnpaidFee'],
    ['3.其他', 'otherReasons'],
    ['（七）总计', 'totalProcessed'],
    ['四、结转下年度继续办理', 'carriedForward'],
  ];
  return [
    options.title ?? '某某县2024年政府信息公开工作年度报告',
    options.prose ?? '一、总体情况',
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
    ...(options.proactive ?? ['规章 | 0 | 0 | 0', '行政规范性文件 | 1 | 0 | 20', '信息内容 | 本年处理决定数量', '行政许可 | 5', '行政处罚 | 6', '行政强制 | 0', '行政事业性收费 | 12.5']),
    '三、收到和处理政府信息公开申请情况',
    '自然人 | 法人或其他组织 | 总计',
    ...rows.map(([label, key]) => `${label} | ${options.requests?.[key as string] ?? zero}`),
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议 | 行政诉讼',
    options.review ?? '0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
    '五、存在的主要问题及改进情况',
  ].join('\n');
}

const value = (text: string, key: string) => parseText(text).values[key];

describe('format quirks', () => {
  it('keeps a blank cell (/, -, —, 无, empty) distinct from 0, with its raw text', () => {
    const text = report({ requests: { granted: '/ | 0 | — | 无 | - | | 0' } });
    const parsed = parseText(text);
    expect(parsed.values['requests.granted.naturalPerson']).toMatchObject({ value: null, raw: '/' });
    expect(parsed.values['requests.granted.commercial']).toMatchObject({ value: 0, raw: '0' });
    expect(parsed.values['requests.granted.research']).toMatchObject({ value: null, raw: '—' });
    expect(parsed.values['requests.granted.socialWelfare']).toMatchObject({ value: null, raw: '无' });
    expect(parsed.values['requests.granted.otherOrg']).toMatchObject({ value: null, raw: '' });
  });

  it('reports a missing row as missing, never as zeros', () => {
    const text = report().replace('行政强制 | 0\n', '');
    const parsed = parseText(text);
    expect(parsed.missing).toContain('proactive.coercion');
    expect(parsed.values['proactive.coercion.decisions']).toBeUndefined();
  });

  it('splits run-together digits when the row sum makes the split unique, and marks it inferred', () => {
    const parsed = parseText(report({ requests: { newReceived: '291000030', totalProcessed: '291000030', granted: '291000030' } }));
    expect(parsed.values['requests.newReceived.naturalPerson']).toMatchObject({ value: 29, raw: '29', inferred: true });
    expect(parsed.values['requests.newReceived.commercial']).toMatchObject({ value: 1, inferred: true });
    expect(parsed.values['requests.newReceived.total']).toMatchObject({ value: 30, raw: '30' });
  });

  it('reports an ambiguous run of digits with its readings instead of guessing', () => {
    const parsed = parseText(report({ proactive: ['规章 | 0 | 0 | 0', '行政规范性文件6233440', '行政许可 | 5', '行政处罚 | 6', '行政强制 | 0', '行政事业性收费 | 0'] }));
    expect(parsed.values['proactive.normativeDocuments.issued']).toBeUndefined();
    const finding = parsed.findings.find((f) => f.rule === 'parse.ambiguousSplit');
    expect(finding?.cells).toEqual(['proactive.normativeDocuments.issued', 'proactive.normativeDocuments.repealed', 'proactive.normativeDocuments.inForce']);
    expect(finding?.candidates).toContainEqual([62, 33, 440]);
    // Never a number that is not in the input: every candidate's digits concatenate to the run.
    for (const candidate of finding?.candidates ?? []) expect(candidate.join('')).toBe('6233440');
  });

  it('reads a note inside a cell as the leading number and keeps the note in raw', () => {
    const parsed = parseText(report({ proactive: ['规章 | 22（其中修订16件） | 0 | 235', '行政许可 | 5', '行政处罚 | 6', '行政强制 | 0', '行政事业性收费 | 0'] }));
    expect(parsed.values['proactive.regulations.issued']).toMatchObject({ value: 22, raw: '22（其中修订16件）' });
  });

  it('never reads a page footer as a figure', () => {
    const text = '行政处罚 | 6\n— 4 —\n- 5 -\n第 2 页 共 5 页\n行政强制 | 0';
    const numbers = tokenize(textToSourceDoc(text, null)).filter((t) => t.kind === 'num').map((t) => t.raw);
    expect(numbers).toEqual(['6', '0']);
  });

  it('reads negative 本年增/减 in the trial format', () => {
    const text = [
      '某某局2020年政府信息公开工作年度报告',
      '第二十条第（五）项',
      '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量',
      '行政许可 | 20 | -3 | 150',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
    ].join('\n');
    const parsed = parseText(text);
    expect(parsed.tableTemplates.proactive).toBe('2019');
    expect(parsed.values['proactive.licensing.itemsChange']).toMatchObject({ value: -3, raw: '-3' });
    expect(parsed.values['proactive.licensing.decisions']?.value).toBe(150);
    expect(parsed.findings.filter((f) => f.rule === 'values.range')).toEqual([]);
  });

  it('reads a negative 本年增/减 after a space in flattened text', () => {
    const text = [
      '某某局2020年政府信息公开工作年度报告',
      '第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可 485 -28 1938其他对外管理服务事项 76 12 317',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    const parsed = parseText(text);
    const row = (key: string) => ['itemsLastYear', 'itemsChange', 'decisions'].map((c) => parsed.values[`proactive.${key}.${c}`]?.value);
    expect(row('licensing')).toEqual([485, -28, 1938]);
    expect(row('otherServices')).toEqual([76, 12, 317]);
  });

  it('reads the cells of an ambiguous run of digits in 表二 that every reading agrees on, and leaves out only the rest', () => {
    const text = [
      '某某局2020年政府信息公开工作年度报告',
      '第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚7400行政强制000',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    const parsed = parseText(text);
    // 7400: 74 | 0 | 0 or 7 | 40 | 0 — the decisions are 0 either way, printed by the same digit.
    expect(parsed.values['proactive.punishment.decisions']).toMatchObject({ value: 0, raw: '0', inferred: true });
    expect(parsed.values['proactive.punishment.itemsLastYear']).toBeUndefined();
    expect(parsed.values['proactive.punishment.itemsChange']).toBeUndefined();
    expect(parsed.missing).not.toContain('proactive.punishment');
    const finding = parsed.findings.find((f) => f.rule === 'parse.ambiguousSplit');
    expect(finding?.cells).toEqual(['proactive.punishment.itemsLastYear', 'proactive.punishment.itemsChange']);
    expect(finding?.candidates).toEqual(expect.arrayContaining([[74, 0, 0], [7, 40, 0]]));
  });

  it('keeps a row printed all blank as blank cells, not as a missing row', () => {
    const parsed = parseText(report({ proactive: ['规章 | / | / | /', '行政规范性文件 | 1 | 0 | 20', '行政许可 | 5', '行政处罚 | 6', '行政强制 | 0', '行政事业性收费 | 0'] }));
    expect(parsed.missing).not.toContain('proactive.regulations');
    expect(['issued', 'repealed', 'inForce'].map((c) => parsed.values[`proactive.regulations.${c}`])).toEqual([
      expect.objectContaining({ value: null, raw: '/' }),
      expect.objectContaining({ value: null, raw: '/' }),
      expect.objectContaining({ value: null, raw: '/' }),
    ]);
  });

  it('does not check the outcome sums when an outcome row could not be read', () => {
    // 予以公开 has six cells for seven columns: its figures are unknown, so is the sum of outcomes.
    const parsed = parseText(report({ requests: { newReceived: '9 | 0 | 0 | 0 | 0 | 0 | 9', granted: '9 | 0 | 0 | 0 | 0 | 9', totalProcessed: '9 | 0 | 0 | 0 | 0 | 0 | 9' } }));
    expect(parsed.findings.map((f) => f.rule)).toEqual(['parse.unreadCells']);
  });

  it('reports a long run of digits that breaks its row sum as ambiguous, not unreadable', () => {
    const parsed = parseText(report({ requests: { totalProcessed: '27032152519353' } }));
    const finding = parsed.findings.find((f) => f.cells.includes('requests.totalProcessed.total'));
    expect(finding?.rule).toBe('parse.ambiguousSplit');
  });

  it('keeps amounts with many decimals exactly', () => {
    expect(value(report({ proactive: ['行政许可 | 5', '行政处罚 | 6', '行政强制 | 0', '行政事业性收费 | 4068.208315'] }), 'proactive.fees.amountWan')?.value).toBe(4068.208315);
  });

  it('converts an amount written in 元 to 万元 and keeps the raw text', () => {
    const text = [
      '某某局2019年政府信息公开工作年度报告',
      '第二十条第（九）项',
      '信息内容 | 采购项目数量 | 采购总金额',
      '政府集中采购 | 15 | 6805947.43元',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    const parsed = parseText(text);
    expect(parsed.values['proactive.procurement.items']?.value).toBe(15);
    expect(parsed.values['proactive.procurement.amountWan']).toMatchObject({ value: 680.594743, raw: '6805947.43元' });
  });

  it('reads figures with thousands separators as one number, in cells and in flattened text', () => {
    const parsed = parseText(report({ proactive: ['行政许可 | 37,292', '行政处罚 | 1,024', '行政强制 | 0', '行政事业性收费 | 5,087.94'] }));
    expect(parsed.values['proactive.licensing.decisions']).toMatchObject({ value: 37292, raw: '37,292' });
    expect(parsed.values['proactive.fees.amountWan']).toMatchObject({ value: 5087.94, raw: '5,087.94' });
    const flattened = parseText('某某局2024年政府信息公开工作年度报告\n第二十条第（五）项信息内容本年处理决定数量行政许可12,345第二十条第（六）项信息内容本年处理决定数量行政处罚938行政强制0');
    expect(flattened.values['proactive.licensing.decisions']).toMatchObject({ value: 12345, raw: '12,345' });
    expect(flattened.values['proactive.licensing.decisions']?.inferred).toBeUndefined();
    expect(parseText(report({ prose: '全年共收到政府信息公开申请1,024件。' })).narrative.find((f) => f.metric === 'requestsReceived')?.value).toBe(1024);
  });

  it('reads full-width digits (３７２９２, ５０８７．９４) as figures, and the year of a full-width title', () => {
    const text = report({ title: '某某县２０２４年政府信息公开工作年度报告', proactive: ['行政许可 | ３７２９２', '行政处罚 | ６', '行政强制 | ０', '行政事业性收费 | ５０８７．９４'] });
    const parsed = parseText(text);
    expect(parsed.year).toBe(2024);
    expect(parsed.values['proactive.licensing.decisions']?.value).toBe(37292);
    expect(parsed.values['proactive.fees.amountWan']?.value).toBe(5087.94);
  });

  it('reads a letter-spaced title (年 度 报 告)', () => {
    const parsed = parseText(report({ title: '某 某 县 2024 年 政 府 信 息 公 开 工 作 年 度 报 告' }));
    expect(parsed.issuer.name).toBe('某某县');
    expect(parsed.year).toBe(2024);
  });

  it('finds the identity without a title line: not in the name of the template document, and from a wrapped statistics period', () => {
    // The title lost (printed as an image): the first prose names 《…年度报告格式》 and the signature's date is the next year.
    const untitled = report({
      title: '某某县人民政府\n（2026年1月23日）\n依据《中华人民共和国政府信息公开工作年度报告格式》规定，编制本报告。本报告所列数据统计期\n限从2025年1月1日至2025年12月31日止。',
    });
    expect(parseText(untitled).year).toBe(2025);
    // The title read from a sentence of the opening, and a note printed on the line before a title.
    expect(parseText(report({ title: '现将某某县人民政府2025年政府信息公开年度报告向社会公布。' })).issuer.name).toBe('某某县人民政府');
    expect(parseText(report({ title: '（此件公开发布）\n某某县财政局2024年政府信息公开工作年度报告' })).issuer.name).toBe('某某县财政局');
  });

  it('reads a row whose label runs on past its figures into a line of empty cells (a row split by a page break)', () => {
    const zero = '0 | 0 | 0 | 0 | 0 | 0 | 0';
    const text = [
      '某某县2024年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '自然人 | 法人或其他组织 | 总计',
      `一、本年新收政府信息公开申请数量 | ${zero}`,
      `4.无正当理由大量反复申请 | ${zero}`,
      `5.要求行政机关确 | ${zero}`,
      // The rest of the label, on the next page, in a row of empty cells.
      '| | 认或重新出具已获取信息 | | | | | | | |',
      `（六）其他处理 | 1.申请人无正当理由逾期不补正 | ${zero}`,
      `（七）总计 | ${zero}`,
    ].join('\n');
    expect(parseText(text).values['requests.rejectedConfirmation.total']).toMatchObject({ value: 0, raw: '0' });
  });

  it('keeps the issuer name as printed (OCR slips are resolved at attribution, not here)', () => {
    expect(parseText(report({ title: '沐阳县人民政府2025年政府信息公开工作年度报告' })).issuer.name).toBe('沐阳县人民政府');
  });

  it('marks a report that declares itself synthetic (the generated demo reports), and no other', () => {
    const synthetic = parseText(report({ title: '某某县2024年政府信息公开工作年度报告（合成数据，仅供测试）' }));
    expect(synthetic.synthetic).toBe(true);
    expect(synthetic.issuer.name).toBe('某某县');
    expect(parseText(report({ prose: '（合成数据，仅供测试）' })).synthetic).toBe(true);
    expect('synthetic' in parseText(report())).toBe(false);
  });

  it('flags figures in the prose that differ from the tables', () => {
    const parsed = parseText(report({ prose: '全年共收到政府信息公开申请15件。', requests: { newReceived: '13 | 0 | 0 | 0 | 0 | 0 | 13', granted: '13 | 0 | 0 | 0 | 0 | 0 | 13', totalProcessed: '13 | 0 | 0 | 0 | 0 | 0 | 13' } }));
    expect(parsed.narrative.map((n) => [n.metric, n.value])).toEqual([['requestsReceived', 15]]);
    expect(parsed.findings).toEqual([
      expect.objectContaining({ rule: 'narrative.totals', severity: 'warning', expected: 15, actual: 13, cells: ['requests.newReceived.total'] }),
    ]);
  });
});

describe('consistency rules', () => {
  it('names the cells and the numbers of each broken rule, and still returns the report', () => {
    const parsed = parseText(
      report({
        requests: { newReceived: '5 | 0 | 0 | 0 | 0 | 0 | 6', granted: '4 | 0 | 0 | 0 | 0 | 0 | 4', totalProcessed: '5 | 0 | 0 | 0 | 0 | 0 | 5' },
        review: '1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
      }),
    );
    const byRule = Object.fromEntries(parsed.findings.map((f) => [`${f.rule}:${f.cells.at(-1)}`, f]));
    expect(byRule['requests.columns:requests.newReceived.total']).toMatchObject({ severity: 'error', expected: 5, actual: 6 });
    expect(byRule['requests.balance:requests.carriedForward.total']).toMatchObject({ expected: 6, actual: 5 });
    expect(byRule['requests.outcomes:requests.totalProcessed.naturalPerson']).toMatchObject({ expected: 4, actual: 5 });
    expect(byRule['review.sum:reviewLitigation.review.total']).toMatchObject({ expected: 1, actual: 0 });
    expect(parsed.values['requests.newReceived.total']?.value).toBe(6);
  });

  it('checks the litigation blocks', () => {
    const parsed = parseText(report({ review: '0 | 0 | 0 | 0 | 0 | 2 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0' }));
    expect(parsed.findings.map((f) => f.rule)).toEqual(['litigation.sum']);
  });
});

describe('templates', () => {
  it('tells the 2021 format from the trial format, and reports a mixed report', () => {
    expect(parseText(report()).template).toBe('2021');
    const trial2019 = report()
      .replace('信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数', '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量')
      .replace('行政许可 | 5', '行政许可 | 1 | 0 | 5');
    const mixed = parseText(trial2019);
    expect(mixed.tableTemplates).toEqual({ proactive: '2019', requests: '2021' });
    expect(mixed.template).toBe('mixed');
  });
});
