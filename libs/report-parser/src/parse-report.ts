import type { ParsedReport } from '@dlens/domain';
import { ParseError } from './errors/parse-error.js';
import { readSourceDoc } from './read-source.js';
import { decodeText } from './source/decode.js';
import { detectKind } from './source/detect.js';
import { docxToSourceDoc } from './source/docx-source.js';
import { htmlToSourceDoc } from './source/html-source.js';
import { pdfToSourceDoc } from './source/pdf-source.js';
import type { SourceDoc } from './source/source-doc.js';
import { textToSourceDoc } from './source/text-source.js';

export interface ParseOptions {
  /** The file's name, kept in the output and used to break ties in kind detection. */
  readonly fileName?: string | null;
  readonly mediaType?: string | null;
  /** Inputs above this size are refused (default 50 MB). */
  readonly maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

async function sourceDocOf(bytes: Uint8Array, options: ParseOptions): Promise<SourceDoc> {
  switch (detectKind(bytes, options.fileName, options.mediaType)) {
    case 'pdf':
      return pdfToSourceDoc(bytes);
    case 'docx':
      return docxToSourceDoc(bytes);
    case 'html': {
      const { text, encoding } = decodeText(bytes, true);
      return htmlToSourceDoc(text, encoding);
    }
    case 'text': {
      const { text, encoding } = decodeText(bytes, false);
      return textToSourceDoc(text, encoding);
    }
  }
}

/**
 * Parses one annual report (text, HTML, DOCX or PDF bytes) into the canonical model with
 * provenance and findings. Throws {@link ParseError} for input that is not a readable report.
 */
export async function parseReport(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParsedReport> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new ParseError('too-large', `${bytes.length} bytes, limit ${maxBytes}`);
  const doc = await sourceDocOf(bytes, options);
  return readSourceDoc(doc, options.fileName ?? null);
}

/** Parses report text that is already decoded (plain, ` | ` separated, markdown). */
export function parseText(text: string, fileName: string | null = null): ParsedReport {
  if (text.trim() === '') throw new ParseError('empty');
  return readSourceDoc(textToSourceDoc(text, null), fileName);
}
