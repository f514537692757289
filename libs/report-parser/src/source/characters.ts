import type { SourceDoc } from './source-doc.js';

/** Full-width digits and decimal point (`３７２９２`, `５０８７．９４`), as Word and some sites print figures. */
const FULL_WIDTH_NUMERAL = /[０-９．]/g;
const HAS_FULL_WIDTH_NUMERAL = /[０-９．]/;

/** The text with full-width digits and points as ASCII: one character for one, so locations stay exact. */
function asciiNumerals(text: string): string {
  return text.replace(FULL_WIDTH_NUMERAL, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** The document with every cell's numerals in ASCII (the same document when it has none). */
export function withAsciiNumerals(doc: SourceDoc): SourceDoc {
  if (!doc.lines.some((line) => line.cells.some((cell) => HAS_FULL_WIDTH_NUMERAL.test(cell.text)))) return doc;
  return {
    ...doc,
    lines: doc.lines.map((line) => ({ ...line, cells: line.cells.map((cell) => ({ ...cell, text: asciiNumerals(cell.text) })) })),
  };
}
