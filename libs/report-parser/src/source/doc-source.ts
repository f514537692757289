import WordExtractor from 'word-extractor';
import { ParseError } from '../errors/parse-error.js';
import type { SourceDoc } from './source-doc.js';
import { textToSourceDoc } from './text-source.js';

const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

/**
 * Reads a legacy Word 97–2003 report (.doc, an OLE compound file) as the text of its body:
 * word-extractor ends each table cell with a tab and a row with one more, and puts paragraphs on
 * lines of their own; the text reader takes the cells as tab-separated (the spare blank cell at a
 * row's end is layout padding, and rows are told apart by their labels). Locations are lines of
 * that text.
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
  // A tab ends every cell, the last of a line too: that one separates nothing.
  return { ...textToSourceDoc(body.replace(/\t(?=\n|$)/g, ''), null), kind: 'doc' };
}
