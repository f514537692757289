import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { UTF8_BOM, csvField, toCsv } from './csv';
import { composeChartSvg, wrapText } from './svg';
import { safeFileName, type ExportTable } from './table';
import { columnName, sheetName, toXlsx, xmlEscape } from './xlsx';
import { crc32, zipStored } from './zip';

/** Reads a ZIP the way an unzip tool does: end record → central directory → local headers. */
function readZip(bytes: Uint8Array): Map<string, { data: Uint8Array; crc: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('no end of central directory record');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const files = new Map<string, { data: Uint8Array; crc: number }>();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`bad central header at ${at}`);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (method !== 0) throw new Error(`${name}: method ${method}, expected stored`);
    if (view.getUint32(localOffset, true) !== 0x04034b50) throw new Error(`${name}: bad local header`);
    const localName = view.getUint16(localOffset + 26, true);
    const localExtra = view.getUint16(localOffset + 28, true);
    const start = localOffset + 30 + localName + localExtra;
    files.set(name, { data: bytes.subarray(start, start + size), crc });
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

const TABLE: ExportTable = {
  title: '各县本年新收申请（件）',
  columns: [{ label: '地区' }, { label: '本年新收申请（件）', kind: 'number' }, { label: '备注' }],
  rows: [
    ['桓仁满族自治县', 13, null],
    ['甲县, "乙"', 5087.94, 'line one\nline two'],
    ['=SUM(A1)', -3, ' padded '],
  ],
  notes: [
    ['单位', '件'],
    ['数据来源', '政府信息公开工作年度报告'],
  ],
};

describe('CSV', () => {
  it('starts with the UTF-8 BOM so Excel shows Chinese, and ends lines with CRLF', () => {
    const csv = toCsv(TABLE);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe('\uFEFF地区,本年新收申请（件）,备注');
    expect(csv.endsWith('\r\n')).toBe(true);
    // The BOM encodes as EF BB BF.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('quotes commas, quotes, line breaks and edge spaces; numbers stay plain; blanks stay empty', () => {
    const lines = toCsv(TABLE).slice(1).split('\r\n');
    expect(lines[1]).toBe('桓仁满族自治县,13,');
    expect(lines[2]).toBe('"甲县, ""乙""",5087.94,"line one\nline two"');
    expect(lines[3]).toBe(`'=SUM(A1),-3," padded "`);
  });

  it('escapes single fields', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('plain')).toBe('plain');
  });
});

describe('ZIP', () => {
  it('computes the standard CRC-32', () => {
    const data = new TextEncoder().encode('The quick brown fox jumps over the lazy dog');
    expect(crc32(data)).toBe(0x414fa339);
    expect(crc32(data)).toBe(nodeCrc32(data));
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes stored entries that read back byte for byte with matching CRCs', () => {
    const encoder = new TextEncoder();
    const zip = zipStored([
      { name: 'a.txt', data: encoder.encode('hello') },
      { name: '目录/文件.xml', data: encoder.encode('<x>中文</x>') },
    ]);
    const files = readZip(zip);
    expect([...files.keys()]).toEqual(['a.txt', '目录/文件.xml']);
    for (const { data, crc } of files.values()) expect(crc32(data)).toBe(crc);
    expect(new TextDecoder().decode(files.get('目录/文件.xml')!.data)).toBe('<x>中文</x>');
  });
});

describe('XLSX', () => {
  const files = readZip(toXlsx(TABLE, { notesSheet: '说明' }, new Date(2026, 10, 26, 12, 0, 0)));
  const text = (name: string) => new TextDecoder().decode(files.get(name)!.data);

  it('has the parts of an SpreadsheetML package, each a well-formed XML document', () => {
    expect([...files.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    for (const name of files.keys()) {
      const doc = new DOMParser().parseFromString(text(name), 'application/xml');
      expect(doc.getElementsByTagName('parsererror').length, name).toBe(0);
    }
    expect(text('[Content_Types].xml')).toContain('/xl/worksheets/sheet2.xml');
    expect(text('xl/workbook.xml')).toContain('<sheet name="各县本年新收申请（件）" sheetId="1" r:id="rId1"/>');
    expect(text('xl/workbook.xml')).toContain('name="说明"');
  });

  it('writes numbers as numbers, text as inline strings, blanks as absent cells', () => {
    const sheet = new DOMParser().parseFromString(text('xl/worksheets/sheet1.xml'), 'application/xml');
    const cell = (ref: string) => [...sheet.getElementsByTagName('c')].find((c) => c.getAttribute('r') === ref);
    expect(cell('A1')!.getAttribute('s')).toBe('1');
    expect(cell('A2')!.textContent).toBe('桓仁满族自治县');
    expect(cell('A2')!.getAttribute('t')).toBe('inlineStr');
    expect(cell('B2')!.getAttribute('t')).toBeNull();
    expect(cell('B2')!.textContent).toBe('13');
    expect(cell('B3')!.textContent).toBe('5087.94');
    expect(cell('C2')).toBeUndefined();
    expect(cell('A3')!.textContent).toBe('甲县, "乙"');
    expect(cell('C3')!.textContent).toBe('line one\nline two');
    expect(text('xl/worksheets/sheet2.xml')).toContain('政府信息公开工作年度报告');
  });

  it('names columns and sheets the way Excel expects', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(sheetName('a/b:c*d?[e]', 'S')).toBe('a b c d  e');
    expect(sheetName('x'.repeat(40), 'S')).toHaveLength(31);
    expect(sheetName('   ', 'Sheet1')).toBe('Sheet1');
    expect(xmlEscape('a<b>&"c"\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
  });
});

describe('chart SVG', () => {
  const chart = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="10" height="20" fill="#3d5a80"/><text x="5" y="5">桓仁</text></svg>';
  const meta = {
    title: '各县本年新收申请',
    subtitle: '辽宁省本溪市 · 2024 年度',
    unit: '单位：件',
    source: '数据来源：政府信息公开工作年度报告（政务公开年报透视）',
    legend: [{ label: '2024 年度', color: '#3d5a80' }],
    footnote: 'http://localhost/compare?year=2024',
  };

  it('draws the title, units, legend and source into a well-formed standalone SVG', () => {
    const { svg, width, height } = composeChartSvg(chart, 400, 200, meta);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror').length).toBe(0);
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('各县本年新收申请');
    expect(texts.some((t) => t?.includes('单位：件'))).toBe(true);
    expect(texts.some((t) => t?.includes('辽宁省本溪市 · 2024 年度'))).toBe(true);
    expect(texts).toContain('2024 年度');
    expect(texts.some((t) => t?.startsWith('数据来源：'))).toBe(true);
    expect(texts).toContain('桓仁');
    expect(doc.documentElement.getAttribute('width')).toBe(String(width));
    expect(doc.documentElement.getAttribute('height')).toBe(String(height));
    expect(width).toBe(480); // at least 480 px wide, so the title and source fit
    expect(height).toBeGreaterThan(200 + 80);
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('各县本年新收申请');
  });

  it('nests the chart at its size and escapes markup in the texts', () => {
    const { svg } = composeChartSvg(chart, 400, 200, { ...meta, title: 'A & B <C>' });
    expect(svg).toContain('A &amp; B &lt;C&gt;');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const nested = doc.documentElement.getElementsByTagName('svg')[0]!;
    expect(nested.getAttribute('width')).toBe('400');
    expect(nested.getAttribute('viewBox')).toBe('0 0 400 200');
  });

  it('wraps long titles by characters', () => {
    const lines = wrapText('一二三四五六七八九十', 10, 45);
    expect(lines).toEqual(['一二三四', '五六七…']);
  });
});

describe('file names', () => {
  it('drops characters file systems refuse', () => {
    expect(safeFileName('辽宁省/本溪市: 2024 "对比"', 'csv')).toBe('辽宁省 本溪市 2024 对比.csv');
    expect(safeFileName('', 'png')).toBe('export.png');
  });
});
