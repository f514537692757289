import type { SourceKind } from '@dlens/domain';
import { ParseError } from '../errors/parse-error.js';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);

/** Index of `%PDF-` in the first KB (some files carry junk before the header). */
function pdfHeaderAt(bytes: Uint8Array): number {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.indexOf('%PDF-');
}

/** Share of control characters in the first 8 KB, ignoring tabs and line breaks. */
function controlShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b)) control++;
  return sample.length === 0 ? 0 : control / sample.length;
}

const HTML_HINT = /<\s*(?:!doctype\s+html|html|head|body|table|tr|td|div|p|span|meta|br)\b/i;

/** Tells the input kind from the content (the name or media type only breaks ties). */
export function detectKind(bytes: Uint8Array, fileName?: string | null, mediaType?: string | null): SourceKind {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    throw new ParseError('empty');
  }
  if (pdfHeaderAt(bytes) >= 0) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  // An OLE compound file: a Word 97–2003 document (or an Excel or PowerPoint file, refused when read).
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16 && controlShare(bytes) > 0.02) throw new ParseError('binary');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const named = `${fileName ?? ''} ${mediaType ?? ''}`.toLowerCase();
  if (HTML_HINT.test(head) || /\.s?html?\b|text\/html|xhtml/.test(named)) return 'html';
  return 'text';
}
