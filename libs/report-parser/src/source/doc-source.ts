import WordExtractor from 'word-extractor';
import { ParseError } from '../errors/parse-error.js';
import type { SourceDoc } from './source-doc.js';
import { textToSourceDoc } from './text-source.js';

const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

/**
 * Reads a legacy Word 97–2003 report (.doc, an OLE compound file) as the text of its body:
 * word-extractor writes each table cell followed by a tab, a row's end as one more tab, and
 * paragraphs on lines of their own, which the text reader takes as tab-separated rows (the
 * spare blank cell at a row's end is layout padding). Locations are lines of that text.
 */
export async function docToSourceDoc(bytes: Uint8Array): Promise<SourceDoc> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let body: string;
  try {
    body = (await new WordExtractor().extract(buffer)).getBody();
  } catch (error) {
    // Every Word document names this stream in its directory (names are UTF-16).
    if (!buffer.includes(WORD_STREAM)) throw new ParseError('binary', 'an Office 97–2003 file that is not a Word document (Excel, PowerPoint?), or a damaged one');
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim();
    throw new ParseError('corrupt', `Word 97–2003 document: ${reason}`);
  }
  return { ...textToSourceDoc(body, null), kind: 'doc' };
}
