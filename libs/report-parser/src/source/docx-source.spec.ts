import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../errors/parse-error.js';
import { docxToSourceDoc } from './docx-source.js';
import type { SourceCell } from './source-doc.js';

// A tiny zip writer, enough for hand-made DOCX files (and for lying about sizes).

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface ZipInput {
  readonly name: string;
  readonly content: string | Uint8Array;
  /** Deflate the content (method 8) instead of storing it. */
  readonly deflate?: boolean;
  /** Uncompressed size written into the headers, when it should lie. */
  readonly declaredSize?: number;
}

function zip(inputs: readonly ZipInput[]): Uint8Array {
  const utf8 = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const input of inputs) {
    const name = utf8.encode(input.name);
    const raw = typeof input.content === 'string' ? utf8.encode(input.content) : input.content;
    const data = input.deflate ? new Uint8Array(deflateRawSync(raw)) : raw;
    const size = input.declaredSize ?? raw.length;
    const fields = (header: DataView, at: number): void => {
      header.setUint16(at, 20, true); // version needed
      header.setUint16(at + 2, 0x0800, true); // UTF-8 names
      header.setUint16(at + 4, input.deflate ? 8 : 0, true);
      header.setUint32(at + 10, crc32(raw), true);
      header.setUint32(at + 14, data.length, true);
      header.setUint32(at + 18, size, true);
      header.setUint16(at + 22, name.length, true);
    };
    const local = new Uint8Array(30 + name.length + data.length);
    const localView = new DataView(local.buffer);
    localView.setUint32(0, 0x04034b50, true);
    fields(localView, 4);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const centralView = new DataView(central.buffer);
    centralView.setUint32(0, 0x02014b50, true);
    centralView.setUint16(4, 20, true); // version made by
    fields(centralView, 6);
    centralView.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directorySize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, inputs.length, true);
  endView.setUint16(10, inputs.length, true);
  endView.setUint32(12, directorySize, true);
  endView.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="word/document.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
</Relationships>`;

const paragraph = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (text: string, props = ''): string => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${paragraph(text)}</w:tc>`;
const row = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;

const documentXml = (body: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

const docx = (body: string, extra: readonly ZipInput[] = [], deflate = false): Uint8Array =>
  zip([
    { name: '[Content_Types].xml', content: CONTENT_TYPES },
    { name: '_rels/.rels', content: RELS },
    { name: 'word/document.xml', content: documentXml(body), deflate },
    ...extra,
  ]);

async function failure(bytes: Uint8Array): Promise<ParseError> {
  const error = await docxToSourceDoc(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ParseError);
  return error as ParseError;
}

describe('docxToSourceDoc', () => {
  it('reads paragraphs and a table through mammoth', async () => {
    const body =
      paragraph('二、主动公开政府信息情况') +
      `<w:tbl>${row(cell('信息内容'), cell('本年处理决定数量'))}${row(cell('行政处罚'), cell('938'))}</w:tbl>` +
      paragraph('三、收到和处理政府信息公开申请情况');
    const doc = await docxToSourceDoc(docx(body));
    expect(doc).toMatchObject({ kind: 'docx', encoding: null, pages: null });
    expect(doc.lines.map((line) => [line.separated, line.cells.map((c) => c.text)])).toEqual([
      [false, ['二、主动公开政府信息情况']],
      [true, ['信息内容', '本年处理决定数量']],
      [true, ['行政处罚', '938']],
      [false, ['三、收到和处理政府信息公开申请情况']],
    ]);
    expect(doc.lines[2]?.cells.map((c) => c.location)).toEqual([
      { kind: 'html', table: 0, row: 1, column: 0 },
      { kind: 'html', table: 0, row: 1, column: 1 },
    ]);
  });

  it('keeps merged cells at their grid position (gridSpan, vMerge), from a deflated document', async () => {
    const body = `<w:tbl>${row(cell('行政复议', '<w:gridSpan w:val="2"/>'), cell('总计', '<w:vMerge w:val="restart"/>'))}${row(
      cell('维持'),
      cell('纠正'),
      cell('', '<w:vMerge/>'),
    )}${row(cell('10'), cell('0'), cell('10'))}</w:tbl>`;
    const doc = await docxToSourceDoc(docx(body, [], true));
    const at = (c: SourceCell): string => (c.location.kind === 'html' ? `${c.text}@${c.location.row},${c.location.column}` : '');
    expect(doc.lines.map((line) => line.cells.map(at))).toEqual([
      ['行政复议@0,0', '总计@0,2'],
      ['维持@1,0', '纠正@1,1'],
      ['10@2,0', '0@2,1', '10@2,2'],
    ]);
  });

  it('refuses an entry declaring 1 GB as too large (zip bomb)', async () => {
    const bomb: ZipInput = { name: 'word/media/image1.png', content: new Uint8Array(1000), deflate: true, declaredSize: 1024 ** 3 };
    const error = await failure(docx(paragraph('x'), [bomb]));
    expect(error.code).toBe('too-large');
  });

  it('refuses archives declaring more than 200 MB in all', async () => {
    // Each entry alone is plausible (100 MB from 600 KB, under 200:1); together they are not.
    const part = (n: number): ZipInput => ({
      name: `word/media/part${n}.bin`,
      content: new Uint8Array(600_000),
      declaredSize: 100 * 1024 ** 2,
    });
    const error = await failure(docx(paragraph('x'), [part(1), part(2), part(3)]));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('declares');
  });

  it('refuses an absurd compression ratio on a large entry', async () => {
    const zeros = { name: 'word/styles.xml', content: new Uint8Array(8 * 1024 * 1024), deflate: true };
    const error = await failure(docx(paragraph('x'), [zeros]));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('word/styles.xml');
  });

  it('refuses an entry that inflates beyond the size it declares', async () => {
    const liar = { name: 'word/numbering.xml', content: new Uint8Array(100_000), deflate: true, declaredSize: 100 };
    expect((await failure(docx(paragraph('x'), [liar]))).code).toBe('too-large');
  });

  it('refuses a zip without word/document.xml as corrupt', async () => {
    const workbook = zip([
      { name: '[Content_Types].xml', content: CONTENT_TYPES },
      { name: 'xl/workbook.xml', content: '<workbook/>' },
    ]);
    const error = await failure(workbook);
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('word/document.xml');
  });

  it('refuses random bytes behind a zip signature as corrupt', async () => {
    let seed = 42;
    const noise = Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    expect((await failure(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...noise]))).code).toBe('corrupt');
  });

  it('refuses a central directory that points outside the file as corrupt', async () => {
    const bytes = docx(paragraph('x'));
    new DataView(bytes.buffer).setUint32(bytes.length - 6, 0x7fffffff, true);
    expect((await failure(bytes)).code).toBe('corrupt');
  });

  it('turns a mammoth failure into corrupt', async () => {
    const broken = zip([
      { name: '[Content_Types].xml', content: CONTENT_TYPES },
      { name: '_rels/.rels', content: RELS },
      { name: 'word/document.xml', content: '<w:document xmlns:w="x"><w:body><w:p>' },
    ]);
    const error = await failure(broken);
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('mammoth');
    expect(error.message).not.toContain('\n');
  });
});
