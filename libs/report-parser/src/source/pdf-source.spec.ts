import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ParseError } from '../errors/parse-error.js';
import { pdfToSourceDoc } from './pdf-source.js';
import type { SourceDoc, SourceLine } from './source-doc.js';

/** The peer corpus lives next to the repository (/work/shared beside /work/main), in CI too. */
function corpus(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../../../shared/corpus/peer/${name}`, import.meta.url))));
}

const texts = (line: SourceLine): string[] => line.cells.map((c) => c.text);
const rowStarting = (doc: SourceDoc, label: string): SourceLine | undefined =>
  doc.lines.find((l) => l.separated && l.cells.some((c) => c.text === label));
const pageOf = (line: SourceLine | undefined): number | undefined => {
  const loc = line?.cells[0]?.location;
  return loc?.kind === 'pdf' ? loc.page : undefined;
};
const indexOf = (doc: SourceDoc, text: string): number => doc.lines.findIndex((l) => l.cells.some((c) => c.text.includes(text)));
const countCells = (doc: SourceDoc, text: string): number =>
  doc.lines.reduce((n, l) => n + l.cells.filter((c) => c.text === text).length, 0);

/** A minimal PDF (ASCII only) with one page; `extra` objects are numbered from 5. */
function makePdf(content: string, resources = '', extra: readonly string[] = []): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << ${resources} >> >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ...extra,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** A non-embedded Chinese font (as older government PDFs use): pdfjs needs its predefined CMaps to read it. */
const SONG_RESOURCES = '/Font << /F1 5 0 R >>';
const SONG_OBJECTS = [
  '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
  '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
  '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
];
/** `Tj` of UCS-2 text at (x, y), 10 pt. */
const show = (text: string, x: number, y: number): string =>
  `BT /F1 10 Tf ${x} ${y} Td <${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}> Tj ET\n`;

describe('pdfToSourceDoc on the 洪泽区 2023 report', () => {
  let doc: SourceDoc;
  beforeAll(async () => {
    doc = await pdfToSourceDoc(corpus('huaian-hongzequ-2023.pdf'));
  });

  it('reads all pages as a PDF source', () => {
    expect(doc.kind).toBe('pdf');
    expect(doc.pages).toBe(5);
    expect(doc.encoding).toBeNull();
  });

  it('reads 表二 rows as separated cells', () => {
    const punishment = doc.lines.find((l) => texts(l).join('|') === '行政处罚|4119');
    expect(punishment?.separated).toBe(true);
    expect(pageOf(punishment)).toBe(3);
    expect(texts(rowStarting(doc, '行政规范性文件')!)).toEqual(['行政规范性文件', '0', '5', '5']);
    expect(texts(rowStarting(doc, '规章')!)).toEqual(['规章', '0', '0', '0']);
    expect(texts(rowStarting(doc, '信息内容')!)).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    expect(texts(rowStarting(doc, '行政许可')!)).toEqual(['行政许可', '550']);
    expect(texts(rowStarting(doc, '行政强制')!)).toEqual(['行政强制', '195']);
    expect(texts(rowStarting(doc, '行政事业性收费')!)).toEqual(['行政事业性收费', '7730.28']);
    expect(pageOf(rowStarting(doc, '规章'))).toBe(2);
  });

  it('reads 表三 rows: label in one cell, then the 7 numbers', () => {
    expect(texts(rowStarting(doc, '一、本年新收政府信息公开申请数量')!)).toEqual([
      '一、本年新收政府信息公开申请数量', '21', '0', '0', '0', '0', '0', '21',
    ]);
    expect(texts(rowStarting(doc, '（七）总计')!)).toEqual(['（七）总计', '21', '0', '0', '0', '0', '0', '21']);
    expect(texts(rowStarting(doc, '四、结转下年度继续办理')!)).toEqual(['四、结转下年度继续办理', '0', '0', '0', '0', '0', '0', '0']);
    expect(pageOf(rowStarting(doc, '（七）总计'))).toBe(4);
  });

  it('joins a label printed on two lines into one cell of its row', () => {
    const partial = rowStarting(doc, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(texts(partial!)).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '4', '0', '0', '0', '0', '0', '4']);
    const loc = partial!.cells[0]!.location;
    expect(loc.kind === 'pdf' && loc.box[3] - loc.box[1]).toBeGreaterThan(18); // both printed lines
    expect(texts(rowStarting(doc, '5.要求行政机关确认或重新出具已获取信息')!)).toHaveLength(8);
  });

  it('puts spanning cells once, in the first row they belong to', () => {
    expect(texts(rowStarting(doc, '1.属于国家秘密')!)).toEqual(['（三）不予公开', '1.属于国家秘密', '1', '0', '0', '0', '0', '0', '1']);
    expect(texts(rowStarting(doc, '2.其他法律行政止公开')!)).toEqual(['2.其他法律行政止公开', '0', '0', '0', '0', '0', '0', '0']);
    expect(texts(rowStarting(doc, '（一）予以公开')!)).toEqual(['三、本年', '（一）予以公开', '0', '0', '0', '0', '0', '0', '0']);
    expect(texts(rowStarting(doc, '1.本机关不掌握相关政府信息')!).slice(0, 2)).toEqual(['（四）无法提供', '1.本机关不掌握相关政府信息']);
    for (const label of ['（三）不予公开', '（四）无法提供', '（五）不予处理', '三、本年', '申请人情况', '行政复议', '复议后起诉']) {
      expect(countCells(doc, label), label).toBe(1);
    }
  });

  it('reads the 15 numbers of 表四 as one row', () => {
    const row = doc.lines.find((l) => l.cells.length === 15 && l.cells.every((c) => /^\d+$/.test(c.text)));
    expect(texts(row!)).toEqual(['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0']);
    expect(pageOf(row)).toBe(4);
    expect(texts(rowStarting(doc, '未经复议直接起诉')!)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉']);
  });

  it('reads prose as one cell per line, without spaces between CJK glyphs', () => {
    const prose = doc.lines.filter((l) => !l.separated);
    expect(prose.every((l) => l.cells.length === 1)).toBe(true);
    expect(prose.map((l) => l.cells[0]!.text)).toContain('号，邮编：223100，电话：0517-87222589，电子邮箱：');
    expect(prose.some((l) => l.cells[0]!.text.includes('2023年全区受理政府信息公开申请21件，'))).toBe(true);
    expect(texts(doc.lines[0]!)).toEqual(['洪泽区人民政府']);
    expect(texts(doc.lines[1]!)).toEqual(['2023年政府信息公开工作年度报告']);
  });

  it('keeps reading order across prose and tables', () => {
    const order = ['一、总体情况', '二、主动公开政府信息情况', '规章', '行政处罚', '三、收到和处理政府信息公开申请情况', '一、本年新收', '（七）总计', '四、政府信息公开行政复议', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
    const positions = order.map((t) => indexOf(doc, t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('drops page footers', () => {
    // The footers are `- 1 -` … `- 5 -` at the page bottom; table rows of digits are not footers.
    for (const line of doc.lines.filter((l) => !l.separated)) {
      expect(line.cells[0]!.text).not.toMatch(/^[-—–\s]*\d+[-—–\s]*$/);
    }
    expect(doc.lines.some((l) => texts(l).some((t) => /-\s*\d\s*-/.test(t)))).toBe(false);
  });

  it('locates every cell on its page, in PDF user space', () => {
    const pages = new Set<number>();
    for (const line of doc.lines) {
      for (const cell of line.cells) {
        expect(cell.location.kind).toBe('pdf');
        if (cell.location.kind !== 'pdf') continue;
        const [x0, y0, x1, y1] = cell.location.box;
        pages.add(cell.location.page);
        expect(x0).toBeLessThan(x1);
        expect(y0).toBeLessThan(y1);
        expect(x0).toBeGreaterThanOrEqual(0);
        expect(x1).toBeLessThanOrEqual(595);
        expect(y0).toBeGreaterThanOrEqual(0);
        expect(y1).toBeLessThanOrEqual(842);
      }
    }
    expect([...pages].sort()).toEqual([1, 2, 3, 4, 5]);
    const title = doc.lines[0]!.cells[0]!.location;
    expect(title.kind === 'pdf' && title.page).toBe(1);
    // 4119 is printed at x 362.16, baseline 697.71, 12 pt.
    const figure = rowStarting(doc, '行政处罚')!.cells[1]!.location;
    expect(figure.kind === 'pdf' && figure.box.map(Math.round)).toEqual([362, 696, 386, 708]);
  });
});

describe('pdfToSourceDoc on the 洪泽区 2024 report', () => {
  let doc: SourceDoc;
  beforeAll(async () => {
    doc = await pdfToSourceDoc(corpus('huaian-hongzequ-2024.pdf'));
  });

  it('reads 表二, 表三 and 表四 rows', () => {
    expect(texts(rowStarting(doc, '行政规范性文件')!)).toEqual(['行政规范性文件', '3', '0', '8']);
    expect(texts(rowStarting(doc, '行政处罚')!)).toEqual(['行政处罚', '2776']);
    expect(texts(rowStarting(doc, '一、本年新收政府信息公开申请数量')!)).toEqual([
      '一、本年新收政府信息公开申请数量', '95', '0', '0', '0', '0', '0', '95',
    ]);
    expect(texts(rowStarting(doc, '二、上年结转政府信息公开申请数量')!)).toEqual([
      '二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0',
    ]);
    expect(texts(rowStarting(doc, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）')!)).toEqual([
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '9', '0', '0', '0', '0', '0', '9',
    ]);
    const review = doc.lines.find((l) => l.cells.length === 15 && l.cells.every((c) => /^\d+$/.test(c.text)));
    expect(texts(review!)).toEqual(['1', '1', '0', '0', '2', '1', '0', '0', '0', '1', '2', '0', '1', '0', '3']);
  });

  it('keeps a drawn but empty cell as an empty cell located by its border', () => {
    // In this file the （七）总计 label cell is split by a border that the 2023 file does not have.
    const total = rowStarting(doc, '（七）总计')!;
    expect(texts(total)).toEqual(['（七）总计', '', '95', '0', '0', '0', '0', '0', '95']);
    const empty = total.cells[1]!.location;
    expect(empty.kind === 'pdf' && empty.page).toBe(4);
  });

  it('emits the rows of a table continued on the next page in order', () => {
    const [first, second] = [indexOf(doc, '1.本机关不掌握相关政府信息'), indexOf(doc, '2.没有现成信息需要另行制作')];
    expect(pageOf(doc.lines[first])).toBe(3);
    expect(pageOf(doc.lines[second])).toBe(4);
    expect(second).toBe(first + 1);
    expect(texts(doc.lines[second]!).slice(-7)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
  });
});

describe('pdfToSourceDoc on synthetic PDFs', () => {
  it('reads a bordered table with a label on three lines and a group label spanning three rows', async () => {
    const borders = [
      '50 700 m 450 700 l S 150 660 m 450 660 l S 150 600 m 450 600 l S 50 560 m 450 560 l S',
      ...[50, 150, 350, 400, 450].map((x) => `${x} 560 m ${x} 700 l S`),
    ].join('\n');
    const text =
      show('（六）其他处理', 60, 626) +
      show('1.申请人无正当理由逾期不补正', 155, 676) +
      show('0', 370, 676) +
      show('0', 420, 676) +
      show('2.申请人逾期未按收费通知要求缴纳', 155, 643) +
      show('费用、行政机关不再处理其政府信息', 155, 628) +
      show('公开申请', 155, 613) +
      show('1', 370, 627) +
      show('2', 420, 627) +
      show('3.其他', 155, 576) +
      show('5', 370, 576);
    const doc = await pdfToSourceDoc(makePdf(`${borders}\n${text}`, SONG_RESOURCES, SONG_OBJECTS));
    expect(doc.lines.map(texts)).toEqual([
      ['（六）其他处理', '1.申请人无正当理由逾期不补正', '0', '0'],
      ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '1', '2'],
      ['3.其他', '5', ''],
    ]);
    expect(doc.lines.every((l) => l.separated)).toBe(true);
    // The blank cell is located by its drawn border.
    expect(doc.lines[2]!.cells[2]!.location).toEqual({ kind: 'pdf', page: 1, box: [400, 560, 450, 600] });
  });

  it('splits a border-less table row at wide gaps and keeps Latin words apart', async () => {
    const text =
      show('规章', 72, 700) + show('3', 300, 700) + show('12', 400, 700) +
      'BT /F2 12 Tf 72 650 Td (Disclosure) Tj 60 0 Td (Lens 2024) Tj ET\n' +
      'BT /F2 12 Tf 290 30 Td (- 1 -) Tj ET\n';
    const resources = '/Font << /F1 5 0 R /F2 8 0 R >>';
    const doc = await pdfToSourceDoc(
      makePdf(text, resources, [...SONG_OBJECTS, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']),
    );
    expect(doc.lines.map((l) => [l.separated, ...texts(l)])).toEqual([
      [true, '规章', '3', '12'],
      [false, 'Disclosure Lens 2024'],
    ]);
  });

  it('throws scanned-pdf for a page without a text layer, or with only a page number', async () => {
    const scanned = makePdf('0.9 g 0 0 595 842 re f');
    await expect(pdfToSourceDoc(scanned)).rejects.toMatchObject({ name: 'ParseError', code: 'scanned-pdf' });
    const blank = makePdf('BT /F2 12 Tf 72 700 Td (   ) Tj ET', '/Font << /F2 5 0 R >>', ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']);
    await expect(pdfToSourceDoc(blank)).rejects.toMatchObject({ code: 'scanned-pdf' });
    const numbered = makePdf('BT /F2 12 Tf 290 30 Td (- 1 -) Tj ET', '/Font << /F2 5 0 R >>', ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']);
    await expect(pdfToSourceDoc(numbered)).rejects.toMatchObject({ code: 'scanned-pdf' });
  });

  describe('with damaged input', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('throws corrupt for random bytes after a PDF header, printing nothing', async () => {
      const log = vi.spyOn(console, 'log');
      const warn = vi.spyOn(console, 'warn');
      const bytes = new Uint8Array(4096);
      let seed = 42;
      for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff;
      bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
      const error: unknown = await pdfToSourceDoc(bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ParseError);
      expect(error).toMatchObject({ code: 'corrupt' });
      expect(log).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    });

    it('throws corrupt for a truncated PDF and leaves the input bytes intact', async () => {
      const bytes = corpus('huaian-hongzequ-2023.pdf').subarray(0, 2000);
      await expect(pdfToSourceDoc(bytes)).rejects.toMatchObject({ code: 'corrupt' });
      expect(bytes.byteLength).toBe(2000); // pdfjs got a copy, not this buffer
    });
  });
});

describe('pdfToSourceDoc without table borders', () => {
  it('still joins the two-line label to its numbers from text geometry alone', async () => {
    const doc = await pdfToSourceDoc(corpus('huaian-hongzequ-2023.pdf'), { tableBorders: false });
    expect(doc.lines.some((l) => texts(l).join('|') === '行政处罚|4119')).toBe(true);
    expect(texts(rowStarting(doc, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）')!)).toEqual([
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '4', '0', '0', '0', '0', '0', '4',
    ]);
    expect(texts(rowStarting(doc, '（七）总计')!)).toEqual(['（七）总计', '21', '0', '0', '0', '0', '0', '21']);
  });
});
