import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
import { htmlToSourceDoc } from './html-source.js';
import type { SourceDoc, SourceLine } from './source-doc.js';

// The real reports stay in the shared corpus (same layout in CI): /work/main/libs/... → /work/shared.
const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus/real');

function readReport(file: string): SourceDoc {
  return htmlToSourceDoc(readFileSync(resolve(CORPUS, file), 'utf-8'), 'utf-8');
}

const texts = (line: SourceLine): string[] => line.cells.map((cell) => cell.text);

/** The single line whose first cell is `label`. */
function rowOf(doc: SourceDoc, label: string): SourceLine {
  const found = doc.lines.filter((line) => line.cells[0]?.text === label);
  expect(found, label).toHaveLength(1);
  return found[0] as SourceLine;
}

/** The line of grid row `row` of table `table` that starts with a cell. */
function lineAt(doc: SourceDoc, table: number, row: number): SourceLine {
  const found = doc.lines.find(({ cells: [first] }) => {
    const location = first?.location;
    return location?.kind === 'html' && location.table === table && location.row === row;
  });
  expect(found, `table ${table} row ${row}`).toBeDefined();
  return found as SourceLine;
}

/** [table, row, column] of every cell of a line. */
const places = (line: SourceLine): number[][] =>
  line.cells.map((cell) => (cell.location.kind === 'html' ? [cell.location.table, cell.location.row, cell.location.column] : []));

const parse = (html: string): SourceDoc => htmlToSourceDoc(html, null);
const allTexts = (doc: SourceDoc): string[][] => doc.lines.map(texts);

describe('htmlToSourceDoc on 市场监督管理局 2025 (WPS/Excel export)', () => {
  const doc = readReport('pingtan-shichangjianguanju-2025.html');

  it('gives prose lines outside tables, numbered by block', () => {
    const first = doc.lines[0] as SourceLine;
    expect(first.separated).toBe(false);
    expect(first.cells[0]?.location).toEqual({ kind: 'html', table: -1, row: 0, column: 0 });
    // 第</span><span>711号: text split across spans joins without a space.
    expect(first.cells[0]?.text).toContain('（国务院令第711号，以下简称《条例》）');
    // <h2><strong><span> heading
    expect(texts(rowOf(doc, '一、总体情况'))).toEqual(['一、总体情况']);
    expect(rowOf(doc, '一、总体情况').cells[0]?.location).toEqual({ kind: 'html', table: -1, row: 1, column: 0 });
    expect(doc.lines.at(-1)?.cells[0]?.text).toBe('2026年1月23日');
  });

  it('reads table 二 rows, colspan cells once, at their grid position', () => {
    const punishment = rowOf(doc, '行政处罚');
    expect(punishment.separated).toBe(true);
    expect(texts(punishment)).toEqual(['行政处罚', '187']);
    expect(places(punishment)).toEqual([[0, 8, 0], [0, 8, 1]]);
    expect(texts(rowOf(doc, '行政强制'))).toEqual(['行政强制', '42']);
    expect(texts(rowOf(doc, '规范性文件'))).toEqual(['规范性文件', '1', '1', '73']);
    expect(texts(rowOf(doc, '第二十条第（一）项'))).toEqual(['第二十条第（一）项']);
  });

  it('joins a label split into two <p> without a space', () => {
    const fees = rowOf(doc, '行政事业性收费');
    expect(texts(fees)).toEqual(['行政事业性收费', '0']);
    expect(places(fees)).toEqual([[0, 12, 0], [0, 12, 1]]);
  });

  it('reads table 三 with its rowspan/colspan header', () => {
    const header = doc.lines.find((line) => line.cells[0]?.text.startsWith('(本列数据的勾稽关系为'));
    expect(header && places(header)).toEqual([[1, 0, 0], [1, 0, 3]]);
    expect(texts(rowOf(doc, '自然人'))).toEqual(['自然人', '法人或其他组织', '总计']);
    expect(places(rowOf(doc, '自然人'))).toEqual([[1, 1, 3], [1, 1, 4], [1, 1, 9]]);
    expect(texts(rowOf(doc, '商业企业'))).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    expect(places(rowOf(doc, '商业企业')).map((p) => p[2])).toEqual([4, 5, 6, 7, 8]);

    const received = rowOf(doc, '一、本年新收政府信息公开申请数量');
    expect(texts(received)).toEqual(['一、本年新收政府信息公开申请数量', '21', '0', '0', '0', '0', '0', '21']);
    expect(places(received)).toEqual([[1, 3, 0], [1, 3, 3], [1, 3, 4], [1, 3, 5], [1, 3, 6], [1, 3, 7], [1, 3, 8], [1, 3, 9]]);

    // The row under 三、本年度办理结果 (rowspan 22) and （三）不予公开 (rowspan 8).
    const granted = rowOf(doc, '三、本年度办理结果');
    expect(texts(granted)).toEqual(['三、本年度办理结果', '（一）予以公开', '1', '0', '0', '0', '0', '0', '1']);
    expect(places(granted).map((p) => p[2])).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 9]);
    expect(texts(rowOf(doc, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'))[1]).toBe('11');
    const enforcement = rowOf(doc, '7.属于行政执法案件');
    expect(texts(enforcement)).toEqual(['7.属于行政执法案件', '3', '0', '0', '0', '0', '0', '3']);
    expect(places(enforcement)[0]).toEqual([1, 13, 2]);
    expect(texts(rowOf(doc, '（七）总计'))).toEqual(['（七）总计', '19', '0', '0', '0', '0', '0', '19']);
    expect(places(rowOf(doc, '（七）总计'))[0]).toEqual([1, 26, 1]);
    expect(texts(rowOf(doc, '四、结转下年度继续办理'))).toEqual(['四、结转下年度继续办理', '2', '0', '0', '0', '0', '0', '2']);
  });

  it('reads the 15-number table 四 row and its <br/>-split headers', () => {
    const numbers = doc.lines.find((line) => line.cells.length === 15);
    expect(numbers && texts(numbers)).toEqual(['10', '0', '0', '0', '10', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
    expect(numbers && places(numbers)).toEqual(Array.from({ length: 15 }, (_, column) => [2, 3, column]));
    // 结果<span><br/></span><span>纠正</span>
    expect(texts(lineAt(doc, 2, 1))).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉']);
    expect(places(lineAt(doc, 2, 1)).map((p) => p[2])).toEqual([0, 1, 2, 3, 4, 5, 10]);
    expect(places(lineAt(doc, 2, 2)).map((p) => p[2])).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('reads the 信息处理费 table with its blank corner cell', () => {
    expect(texts(rowOf(doc, ''))).toEqual(['', '通知收取件数', '通知收取金额（元）', '实际收取金额（元）']);
    expect(texts(rowOf(doc, '信息处理费收取情况'))).toEqual(['信息处理费收取情况', '1', '800', '0']);
    expect(places(rowOf(doc, '信息处理费收取情况'))[3]).toEqual([3, 1, 3]);
  });
});

describe('htmlToSourceDoc on 金井片区管理局 2025 (editor tables, <p>…&nbsp;</p> cells)', () => {
  const doc = readReport('pingtan-jinjingpianqu-2025.html');

  it('trims &nbsp; and joins two-line header cells', () => {
    expect(texts(lineAt(doc, 0, 0))).toEqual(['第二十条第（一）项']);
    expect(texts(lineAt(doc, 0, 1))).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    expect(texts(rowOf(doc, '商业企业'))).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    expect(places(rowOf(doc, '商业企业'))[0]).toEqual([1, 2, 4]);
  });

  it('reads the 表二, 表三 and 表四 figures', () => {
    expect(texts(rowOf(doc, '规范性文件'))).toEqual(['规范性文件', '0', '0', '1']);
    expect(texts(rowOf(doc, '行政处罚'))).toEqual(['行政处罚', '0']);
    const received = rowOf(doc, '一、本年新收政府信息公开申请数量');
    expect(texts(received)).toEqual(['一、本年新收政府信息公开申请数量', '11', '0', '0', '0', '0', '0', '11']);
    expect(places(received)[1]).toEqual([1, 3, 3]);
    expect(texts(rowOf(doc, '（四）无法提供'))).toEqual(['（四）无法提供', '1.本机关不掌握相关政府信息', '7', '0', '0', '0', '0', '0', '7']);
    expect(places(rowOf(doc, '（四）无法提供')).slice(0, 3)).toEqual([[1, 15, 1], [1, 15, 2], [1, 15, 3]]);
    expect(texts(rowOf(doc, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'))[1]).toBe('3');
    expect(texts(rowOf(doc, '（七）总计'))).toEqual(['（七）总计', '11', '0', '0', '0', '0', '0', '11']);
    const review = doc.lines.find((line) => line.cells.length === 15);
    expect(review && texts(review)).toEqual(Array.from({ length: 15 }, () => '0'));
    expect(texts(rowOf(doc, '通知收取件数'))).toEqual(['通知收取件数', '通知收取金额（元）', '实际收取金额（元）']);
  });

  it('keeps section headings as prose, in document order', () => {
    const headings = doc.lines
      .filter((line) => !line.separated && /^[一二三四五六]、/.test(line.cells[0]?.text ?? ''))
      .map((line) => line.cells[0]?.text);
    expect(headings).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、信息处理费收取情况',
      '六、存在的主要问题及改进措施',
    ]);
    expect(doc.lines.at(-1)?.cells[0]?.text).toBe('2026年1月20日');
  });
});

describe('htmlToSourceDoc grid', () => {
  it('places rowspan/colspan cells once, at their grid position', () => {
    const doc = parse(`<table>
      <tr><td rowspan="2">A</td><td colspan="2">B</td><td rowspan=3>C</td></tr>
      <tr><td>D</td><td>E</td></tr>
      <tr><th colspan=2>F</th><td>G</td></tr>
    </table>`);
    expect(allTexts(doc)).toEqual([['A', 'B', 'C'], ['D', 'E'], ['F', 'G']]);
    expect(doc.lines.map(places)).toEqual([
      [[0, 0, 0], [0, 0, 1], [0, 0, 3]],
      [[0, 1, 1], [0, 1, 2]],
      [[0, 2, 0], [0, 2, 2]],
    ]);
    expect(doc.lines.every((line) => line.separated)).toBe(true);
  });

  it('numbers tables in document order and closes implied cells and rows', () => {
    const doc = parse('<p>before</p><table><tr><td>1<td>2<tr><td>3</table><p>between</p><TABLE><TR><TD>x</TD></TR></TABLE>');
    expect(allTexts(doc)).toEqual([['before'], ['1', '2'], ['3'], ['between'], ['x']]);
    expect(doc.lines.map(places)).toEqual([[[-1, 0, 0]], [[0, 0, 0], [0, 0, 1]], [[0, 1, 0]], [[-1, 1, 0]], [[1, 0, 0]]]);
  });

  it('ends rowspans with their row group', () => {
    const doc = parse('<table><thead><tr><td rowspan=5>H</td><td>h</td></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>');
    expect(doc.lines.map(places)).toEqual([[[0, 0, 0], [0, 0, 1]], [[0, 1, 0], [0, 1, 1]]]);
  });

  it('flattens a layout table around the report into document lines', () => {
    const doc = parse(`<table><tr><td>导航</td><td>
      <p>一、总体情况</p><p>正文</p>
      <table><tr><td>行政处罚</td><td>187</td></tr></table>
      <p>落款</p></td></tr></table>`);
    expect(allTexts(doc)).toEqual([['导航'], ['一、总体情况'], ['正文'], ['行政处罚', '187'], ['落款']]);
    expect(doc.lines.map((line) => line.separated)).toEqual([true, false, false, true, false]);
    expect(places(doc.lines[3] as SourceLine)).toEqual([[1, 0, 0], [1, 0, 1]]);
  });

  it('survives stray and unclosed table tags', () => {
    const doc = parse('</td></tr></table><td>a</td><tr>b<table><tr><td>c<table><td>d');
    expect(allTexts(doc)).toEqual([['a'], ['b'], ['c'], ['d']]);
    expect(doc.lines.map((line) => line.separated)).toEqual([false, false, false, true]);
    expect(places(doc.lines[3] as SourceLine)).toEqual([[1, 0, 0]]);
  });
});

describe('htmlToSourceDoc cell text', () => {
  const cells = (html: string): string[] => allTexts(parse(`<table><tr>${html}</tr></table>`))[0] ?? [];

  it('decodes entities and blanks &nbsp;-only cells', () => {
    expect(cells('<td>&nbsp;</td><td> &nbsp; <p>&nbsp;</p></td><td>&#39;国标楷体&#39; &amp; &#x34;2</td><td></td>')).toEqual([
      '',
      '',
      "'国标楷体' & 42",
      '',
    ]);
  });

  it('joins a number split across spans', () => {
    expect(cells('<td><p class=MsoNormal><span lang=EN-US>1</span><span lang=EN-US>49</span></p></td>')).toEqual(['149']);
    expect(cells('<td>1&#8203;49</td><td><span>6</span><o:p></o:p><span>93957</span></td>')).toEqual(['149', '693957']);
  });

  it('joins blocks of one cell without a space, after trimming each', () => {
    expect(cells('<td><p>行政事业性</p><p>收费</p></td><td><p>商业&nbsp;</p><p>企业&nbsp;</p></td><td>结果<span><br/></span><span>纠正</span></td>')).toEqual([
      '行政事业性收费',
      '商业企业',
      '结果纠正',
    ]);
  });

  it('collapses whitespace inside a block, dropping source line breaks between Chinese characters', () => {
    expect(cells('<td>  Times \t New\n Roman  </td><td>行政\n  许可</td><td>2025\n年</td>')).toEqual(['Times New Roman', '行政许可', '2025 年']);
  });

  it('reads Word export markup: mso styles with newlines, <o:p>, <font>, bare numbers', () => {
    const html = `<table class=MsoNormalTable border=1 style='border-collapse:collapse;mso-yfti-tbllook:1184;
 mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=113 valign=top style='width:84.75pt;border:solid windowtext 1.0pt;
  mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'><font face="宋体"><span
  style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:"Times New Roman"'>行政许可<o:p></o:p></span></font></p>
  </td>
  <td width=60 style='width:45pt'>1191</td>
  <td width=60 style='width:45pt'><p class=MsoNormal><span lang=EN-US>0<o:p></o:p></span></p></td>
  <td><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td>
 </tr>
</table>`;
    expect(allTexts(parse(html))).toEqual([['行政许可', '1191', '0', '']]);
  });

  it('drops conditional comments and their literal leaks', () => {
    const html = `<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
      <p>二、主动公开政府信息情况&lt;!--[if !supportMisalignedColumns]--&gt;&lt;!--[endif]--&gt;</p>
      <table><tr><td>规章</td><td>0</td></tr>
      <![if !supportMisalignedColumns]><tr height=0><td width=63></td></tr><![endif]></table>`;
    expect(allTexts(parse(html))).toEqual([['二、主动公开政府信息情况'], ['规章', '0'], ['']]);
  });
});

describe('htmlToSourceDoc page structure', () => {
  it('keeps the <title> first, skips head, script, style and svg text', () => {
    const doc = parse(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>某局2025年政府信息公开工作年度报告</title>
      <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
      <body><div class="nav"><a href="/">首页</a> &gt; <a>政务公开</a></div>
      <svg><title>icon</title><text>svg</text></svg><p>正文<br>第二行</p><script/>var hidden;</script><p>完</p></body></html>`);
    expect(allTexts(doc)).toEqual([['某局2025年政府信息公开工作年度报告'], ['首页 > 政务公开'], ['正文'], ['第二行'], ['完']]);
    expect(doc.lines.map((line) => line.cells[0]?.location)).toEqual(
      [0, 1, 2, 3, 4].map((row) => ({ kind: 'html', table: -1, row, column: 0 })),
    );
    expect(doc).toMatchObject({ kind: 'html', encoding: null, pages: null });
  });

  it('records the kind and encoding it is given', () => {
    expect(htmlToSourceDoc('<p>x</p>', 'gb18030', 'docx')).toMatchObject({ kind: 'docx', encoding: 'gb18030' });
  });

  it('reads 100,000 nested <div>s and thousands of nested tables in linear time', { timeout: 3000 }, () => {
    const depth = 100_000;
    const divs = parse(`${'<div>'.repeat(depth)}行政处罚${'</div>'.repeat(depth)}`);
    expect(allTexts(divs)).toEqual([['行政处罚']]);
    expect(allTexts(parse(`${'<div><span>'.repeat(depth)}unclosed`))).toEqual([['unclosed']]);
    const tables = parse(`${'<table><tr><td>'.repeat(5000)}x${'</td></tr></table>'.repeat(5000)}`);
    expect(allTexts(tables)).toEqual([['x']]);
    expect(places(tables.lines[0] as SourceLine)).toEqual([[4999, 0, 0]]);
  });
});

describe('htmlToSourceDoc after decodeText (GBK pages)', () => {
  // GBK bytes written by hand: TextDecoder reads gb18030 but Node cannot encode it.
  const GBK: Record<string, number[]> = {
    行政处罚: [0xd0, 0xd0, 0xd5, 0xfe, 0xb4, 0xa6, 0xb7, 0xa3],
    本年新收: [0xb1, 0xbe, 0xc4, 0xea, 0xd0, 0xc2, 0xca, 0xd5],
    年度报告: [0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6],
  };
  const ascii = new TextEncoder();
  const gbkPage = (meta: string): Uint8Array =>
    Uint8Array.from([
      ...ascii.encode(`<html><head>${meta}<title>`),
      ...(GBK['年度报告'] ?? []),
      ...ascii.encode('</title></head><body><table><tr><td>'),
      ...(GBK['行政处罚'] ?? []),
      ...ascii.encode('</td><td>187</td></tr><tr><td><p>'),
      ...(GBK['本年新收'] ?? []),
      ...ascii.encode('&nbsp;</p></td><td>21</td></tr></table></body></html>'),
    ]);

  for (const [name, meta] of [
    ['a <meta charset="gb2312">', '<meta charset="gb2312">'],
    ['an http-equiv meta', '<meta http-equiv="Content-Type" content="text/html; charset=GBK">'],
    ['no meta tag (detection)', ''],
  ] as const) {
    it(`reads ${name}`, () => {
      const { text, encoding } = decodeText(gbkPage(meta), true);
      const doc = htmlToSourceDoc(text, encoding);
      expect(doc.encoding).toBe('gb18030');
      expect(allTexts(doc)).toEqual([['年度报告'], ['行政处罚', '187'], ['本年新收', '21']]);
    });
  }
});
