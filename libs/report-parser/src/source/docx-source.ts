import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { ParseError } from '../errors/parse-error.js';
import { htmlToSourceDoc } from './html-source.js';
import type { SourceDoc } from './source-doc.js';

/*
 * A DOCX is a zip. Mammoth (through JSZip) inflates whole entries into memory, so a zip bomb
 * must be refused before it gets there: the central directory is read here first.
 */

const MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024;
const MAX_ENTRIES = 10_000;
/** Office XML compresses about 10:1; past 200:1 on a large entry it is a bomb, not a document. */
const MAX_RATIO = 200;
const LARGE_ENTRY = 1024 * 1024;
const MAIN_DOCUMENT = 'word/document.xml';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const UNSET32 = 0xffffffff;

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

function findEocd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ParseError('corrupt', 'not a zip archive: no end of central directory');
}

/** Entry count and central directory position, from the ZIP64 record when the classic one is saturated. */
function centralDirectory(view: DataView, eocd: number): { count: number; offset: number } {
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count !== 0xffff && offset !== UNSET32) return { count, offset };
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return { count, offset };
  const record = Number(view.getBigUint64(locator + 8, true));
  if (view.getUint32(record, true) !== ZIP64_EOCD) throw new ParseError('corrupt', 'bad ZIP64 end of central directory');
  return { count: Number(view.getBigUint64(record + 32, true)), offset: Number(view.getBigUint64(record + 48, true)) };
}

/** Sizes and offset saturated at 0xFFFFFFFF are in the ZIP64 extra field (id 1), in this order. */
function readZip64Extra(view: DataView, start: number, end: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= end; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const next = (): number => {
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === UNSET32) entry.uncompressedSize = next();
      if (entry.compressedSize === UNSET32) entry.compressedSize = next();
      if (entry.localOffset === UNSET32) entry.localOffset = next();
      return;
    }
    at += 4 + size;
  }
}

function readEntries(view: DataView): ZipEntry[] {
  const { count, offset } = centralDirectory(view, findEocd(view));
  if (count > MAX_ENTRIES) throw new ParseError('too-large', `${count} zip entries`);
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  for (let i = 0, at = offset; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw new ParseError('corrupt', 'bad zip central directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = view.byteOffset + at + 46;
    const entry: ZipEntry = {
      name: names.decode(new Uint8Array(view.buffer, nameStart, nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    readZip64Extra(view, at + 46 + nameLength, at + 46 + nameLength + extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function checkDeclaredSizes(entries: readonly ZipEntry[]): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > LARGE_ENTRY && entry.uncompressedSize > entry.compressedSize * MAX_RATIO) {
      throw new ParseError('too-large', `zip entry ${entry.name} expands ${entry.compressedSize} → ${entry.uncompressedSize} bytes`);
    }
  }
  if (total > MAX_TOTAL_UNCOMPRESSED) throw new ParseError('too-large', `zip content declares ${total} bytes uncompressed`);
}

/**
 * Declared sizes can lie, and JSZip compares them only after inflating a whole entry into
 * memory: inflate each entry here with its declared size as a hard cap.
 */
function checkActualSize(bytes: Uint8Array, view: DataView, entry: ZipEntry): void {
  const at = entry.localOffset;
  if (view.getUint32(at, true) !== LOCAL_HEADER) throw new ParseError('corrupt', `bad zip local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ParseError('corrupt', `zip entry ${entry.name} is truncated`);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw new ParseError('corrupt', `stored zip entry ${entry.name} has two sizes`);
    return;
  }
  if (entry.method !== 8) throw new ParseError('corrupt', `zip entry ${entry.name} uses compression method ${entry.method}`);
  let inflated: number;
  try {
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) }).length;
  } catch (error) {
    if (error instanceof RangeError) throw new ParseError('too-large', `zip entry ${entry.name} inflates beyond its declared size`);
    throw new ParseError('corrupt', `zip entry ${entry.name} does not inflate`);
  }
  if (inflated !== entry.uncompressedSize) throw new ParseError('corrupt', `zip entry ${entry.name} has a wrong declared size`);
}

/** Refuses zip bombs and archives that are not Word documents, before mammoth unzips anything. */
function checkDocxZip(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const entries = readEntries(view);
    checkDeclaredSizes(entries);
    if (!entries.some((entry) => entry.name === MAIN_DOCUMENT)) throw new ParseError('corrupt', `no ${MAIN_DOCUMENT} in the archive`);
    for (const entry of entries) checkActualSize(bytes, view, entry);
  } catch (error) {
    // DataView reads past the end throw RangeError: offsets in the directory point outside the file.
    if (error instanceof RangeError) throw new ParseError('corrupt', 'zip structure points outside the file');
    throw error;
  }
}

/** Images are irrelevant to the tables: no base64 data URIs in the HTML. */
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** Reads a DOCX report: zip checks, mammoth's HTML, then the HTML reader (`kind: 'docx'`). */
export async function docxToSourceDoc(bytes: Uint8Array): Promise<SourceDoc> {
  checkDocxZip(bytes);
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    html = (await mammoth.convertToHtml({ buffer }, { convertImage: skipImages })).value;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim();
    throw new ParseError('corrupt', `mammoth could not convert the DOCX: ${reason}`);
  }
  return htmlToSourceDoc(html, null, 'docx');
}
