import { createRequire } from 'node:module';
import { ParseError } from '../errors/parse-error.js';
import type { SourceDoc } from './source-doc.js';
import { textToSourceDoc } from './text-source.js';

/** The parts of word-extractor's OLE extractor (word-extractor 1.0.4, pinned) used here. */
interface Piece {
  text: string;
  startFilePos: number;
  endFilePos: number;
  size: number;
  bpc: number;
}
interface OleDocument {
  stream(name: string): NodeJS.ReadableStream;
}
interface WordOleExtractor {
  _pieces: Piece[];
  extract(reader: unknown): Promise<{ getBody(): string }>;
  extractWordDocument(document: OleDocument, buffer: Buffer): Promise<{ getBody(): string }>;
  writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void;
  streamBuffer(stream: NodeJS.ReadableStream): Promise<Buffer>;
}

const require = createRequire(import.meta.url);
const WordOleExtractor = require('word-extractor/lib/word-ole-extractor.js') as new () => WordOleExtractor;
const BufferReader = require('word-extractor/lib/buffer-reader.js') as new (buffer: Buffer) => unknown;
const AllocationTable = require('word-extractor/lib/ole-allocation-table.js') as { prototype: { _table: number[]; getSecIdChain(start: number): number[] } };

// word-extractor follows a chain of sectors to its end, and on a chain that comes back on itself
// (a damaged or hostile file) for ever, until memory runs out: such a file is refused instead.
AllocationTable.prototype.getSecIdChain = function (this: { _table: number[] }, start: number): number[] {
  const chain: number[] = [];
  const seen = new Set<number>();
  for (let id: number | undefined = start; id !== undefined && id >= 0; id = this._table[id]) {
    if (seen.has(id)) throw new Error(`sector chain from ${start} loops at sector ${id}`);
    seen.add(id);
    chain.push(id);
  }
  return chain;
};

/** sprmPFTtp: the paragraph is a table row's end mark. */
const SPRM_ROW_END = 0x2417;
/** sprmPHugePapx: the paragraph's properties are in the Data stream (wide rows' are). */
const SPRM_HUGE_PAPX = 0x6646;

/** Each sprm of a grpprl as [sprm, operand offset]. */
function* sprms(grpprl: Buffer, offset: number): Generator<[number, number]> {
  while (offset < grpprl.length - 1) {
    const sprm = grpprl.readUInt16LE(offset);
    offset += 2;
    yield [sprm, offset];
    const spra = sprm >> 13;
    offset += spra === 6 ? grpprl.readUInt8(offset) + 1 : ([1, 1, 2, 4, 2, 2, 0, 3][spra] ?? 1);
  }
}

/**
 * word-extractor, with the row ends of wide table rows found too. It writes a table cell's end as
 * a tab and a row's end as a line break, but learns a row's end only from properties kept beside
 * the text; Word (and LibreOffice) keep those of rows with many cells — table 三's seven figures
 * and labels — in the Data stream, which word-extractor does not read: without this, such rows
 * would all run together on one line and a row without a label would join its neighbour.
 */
class TableRowsExtractor extends WordOleExtractor {
  private data: Buffer | null = null;

  override async extractWordDocument(document: OleDocument, buffer: Buffer) {
    try {
      this.data = await this.streamBuffer(document.stream('Data'));
    } catch {
      this.data = null; // no Data stream, or a damaged one: row ends from the text properties only
    }
    return super.extractWordDocument(document, buffer);
  }

  override writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void {
    super.writeParagraphProperties(buffer, tableBuffer);
    const data = this.data;
    if (!data) return;
    const fcPlcfbtePapx = buffer.readUInt32LE(0x0102);
    const lcbPlcfbtePapx = buffer.readUInt32LE(0x0106);
    const blocks = (lcbPlcfbtePapx - 4) / 8;
    const plcBtePapx = tableBuffer.subarray(fcPlcfbtePapx, fcPlcfbtePapx + lcbPlcfbtePapx);
    for (let i = 0; i < blocks; i++) {
      const page = plcBtePapx.readUInt32LE((blocks + 1) * 4 + i * 4);
      const fkp = buffer.subarray(page * 512, (page + 1) * 512);
      const runs = fkp.readUInt8(511);
      for (let j = 0; j < runs; j++) {
        const at = fkp.readUInt8((runs + 1) * 4 + j * 13) * 2;
        if (at === 0) continue;
        const cb = fkp.readUInt8(at);
        const papx = cb !== 0 ? fkp.subarray(at + 1, at + 2 * cb) : fkp.subarray(at + 2, at + 2 + 2 * fkp.readUInt8(at + 1));
        for (const [sprm, operand] of sprms(papx, 2)) {
          if (sprm !== SPRM_HUGE_PAPX || operand + 4 > papx.length) continue;
          const position = papx.readUInt32LE(operand);
          if (position + 2 > data.length) continue;
          const grpprl = data.subarray(position + 2, position + 2 + data.readUInt16LE(position));
          for (const [inner, value] of sprms(grpprl, 0)) {
            if (inner === SPRM_ROW_END && grpprl[value] === 1) this.markRowEnd(fkp.readUInt32LE(j * 4), fkp.readUInt32LE((j + 1) * 4));
          }
        }
      }
    }
  }

  /** Writes a line break over the row-end paragraph at file positions [start, end). */
  private markRowEnd(start: number, end: number): void {
    for (const piece of this._pieces) {
      const from = Math.max(start, piece.startFilePos);
      const to = Math.min(end, piece.startFilePos + piece.size);
      if (from >= to) continue;
      const a = (from - piece.startFilePos) / piece.bpc;
      const b = (to - piece.startFilePos) / piece.bpc;
      piece.text = piece.text.slice(0, a) + '\n'.repeat(b - a) + piece.text.slice(b);
    }
  }
}

const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

/**
 * Refuses a compound file whose header counts more sectors than the file holds: word-extractor
 * reads as many as it says (two thousand million master allocation table sectors: it never ends).
 */
function checkCompoundHeader(buffer: Buffer): void {
  const shift = buffer.length >= 512 ? buffer.readUInt16LE(30) : 0;
  if (shift !== 9 && shift !== 12) throw new Error('no valid compound file header');
  const sectors = Math.ceil(buffer.length / (1 << shift));
  for (const [table, offset] of [['allocation table', 44], ['short allocation table', 64], ['master allocation table', 72]] as const) {
    const count = buffer.readInt32LE(offset);
    if (count < 0 || count > sectors) throw new Error(`the header counts ${count} sectors of its ${table} in a file of ${sectors}`);
  }
}

/**
 * Reads a legacy Word 97–2003 report (.doc, an OLE compound file) as the text of its body: each
 * table row on a line of its own, its cells ended by tabs, and each paragraph on its own line,
 * which the text reader takes as tab-separated rows. Locations are lines of that text.
 */
export async function docToSourceDoc(bytes: Uint8Array): Promise<SourceDoc> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let body: string;
  try {
    checkCompoundHeader(buffer);
    body = (await new TableRowsExtractor().extract(new BufferReader(buffer))).getBody();
  } catch (error) {
    // Every Word document names this stream in its directory (names are UTF-16).
    if (!buffer.includes(WORD_STREAM)) throw new ParseError('binary', 'an Office 97–2003 file that is not a Word document (Excel, PowerPoint?), or a damaged one');
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim();
    throw new ParseError('corrupt', `Word 97–2003 document: ${reason}`);
  }
  // A tab ends every cell, the last of a row too: that one separates nothing.
  return { ...textToSourceDoc(body.replace(/\t(?=\n|$)/g, ''), null), kind: 'doc' };
}
