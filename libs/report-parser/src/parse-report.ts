import type { ParsedReport } from '@dlens/domain';
import { ParseError } from './errors/parse-error.js';
import { readSourceDoc } from './read-source.js';
import { decodeText } from './source/decode.js';
import { detectKind } from './source/detect.js';
import { docToSourceDoc } from './source/doc-source.js';
import { docxToSourceDoc } from './source/docx-source.js';
import { htmlToSourceDoc } from './source/html-source.js';
import { pdfToSourceDoc } from './source/pdf-source.js';
import { textToSourceDoc } from './source/text-source.js';

export interface ParseOptions {
  /** The file's name, kept in the output and used to break ties in kind detection. */
  readonly fileName?: string | null;
  readonly mediaType?: string | null;
  /** Inputs above this size are refused (default 50 MB). */
  readonly maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Rows of the template that a reading could not place: fewer is better. */
function unplaced(report: ParsedReport): number {
  return report.missing.length + report.findings.filter((f) => f.rule === 'parse.unreadCells').length;
}

/**
 * PDFs are first read from text positions alone (as fast as pdfjs's own text extraction);
 * only when that leaves rows unplaced are the drawn table borders read too (about twice
 * the cost), and the better reading is kept.
 */
async function parsePdf(bytes: Uint8Array, fileName: string | null): Promise<ParsedReport> {
  const fast = readSourceDoc(await pdfToSourceDoc(bytes, { tableBorders: false }), fileName);
  if (unplaced(fast) === 0) return fast;
  const bordered = readSourceDoc(await pdfToSourceDoc(bytes, { tableBorders: true }), fileName);
  return unplaced(bordered) < unplaced(fast) ? bordered : fast;
}

/**
 * Parses one annual report (text, HTML, DOCX, DOC or PDF bytes) into the canonical model with
 * provenance and findings. Throws {@link ParseError} for input that is not a readable report.
 */
export async function parseReport(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParsedReport> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new ParseError('too-large', `${bytes.length} bytes, limit ${maxBytes}`);
  const fileName = options.fileName ?? null;
  switch (detectKind(bytes, fileName, options.mediaType)) {
    case 'pdf':
      return parsePdf(bytes, fileName);
    case 'docx':
      return readSourceDoc(await docxToSourceDoc(bytes), fileName);
    case 'doc':
      return readSourceDoc(await docToSourceDoc(bytes), fileName);
    case 'html': {
      const { text, encoding } = decodeText(bytes, true);
      return readSourceDoc(htmlToSourceDoc(text, encoding), fileName);
    }
    case 'text': {
      const { text, encoding } = decodeText(bytes, false);
      return readSourceDoc(textToSourceDoc(text, encoding), fileName);
    }
  }
}

/** Parses report text that is already decoded (plain, ` | ` separated, markdown). */
export function parseText(text: string, fileName: string | null = null): ParsedReport {
  if (text.trim() === '') throw new ParseError('empty');
  return readSourceDoc(textToSourceDoc(text, null), fileName);
}
