import type { SourceCell, SourceDoc, SourceLine } from './source-doc.js';

/** Markdown table rule rows such as `|---|:---:|`. */
const MARKDOWN_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function cellsBetween(line: string, lineNo: number, separator: RegExp): SourceCell[] {
  const cells: SourceCell[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = line.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({ text, location: { kind: 'text', line: lineNo, start: start + lead, end: start + lead + text.length } });
  };
  for (const match of line.matchAll(separator)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(line.length);
  return cells;
}

/**
 * A ` | ` or markdown table row, as opposed to prose that happens to contain a pipe
 * (`《我为群众办实事|食用农产品快速检测…》`).
 */
function isPipeRow(line: string): boolean {
  const pipes = line.split('|').length - 1;
  if (pipes < 2) return false;
  const spaced = line.split(' | ').length - 1;
  return (line.trimStart().startsWith('|') || spaced >= 2) && line.length / (pipes + 1) < 80;
}

function toLine(line: string, lineNo: number): SourceLine | null {
  if (line.trim() === '' || MARKDOWN_RULE.test(line)) return null;
  if (isPipeRow(line)) {
    const cells = cellsBetween(line, lineNo, /\|/g);
    // Markdown rows start and end with a pipe: no cell before the first or after the last.
    // Other empty cells are kept: a blank cell is not a missing one.
    if (cells[0]?.text === '' && line.trimStart().startsWith('|')) cells.shift();
    if (cells[cells.length - 1]?.text === '' && line.trimEnd().endsWith('|')) cells.pop();
    return { cells, separated: true };
  }
  if (line.includes('\t')) {
    // Blank cells are kept, the last ones too (a row's total left blank): spare blank cells at
    // the end of a row are ignored when its cells are read.
    return { cells: cellsBetween(line, lineNo, /\t/g), separated: true };
  }
  // Prose, space-aligned or flattened text stays one cell: spaces separate numbers but are
  // not trusted as cell boundaries (real reports put irregular spaces inside rows: `10 0 0 0 01`).
  const lead = line.length - line.trimStart().length;
  const text = line.trim();
  return { cells: [{ text, location: { kind: 'text', line: lineNo, start: lead, end: lead + text.length } }], separated: false };
}

/**
 * Look-alikes of the characters that lay out a text table, as OCR and copies from web pages
 * leave them: the full-width bar (`｜`) for `|`, no-break and ideographic spaces for spaces.
 */
const LAYOUT_LOOKALIKES = /[｜\u00a0\u3000]/g;

/** Turns plain text (scraped pages, ` | ` tables, markdown, OCR output) into lines and cells. */
export function textToSourceDoc(text: string, encoding: string | null): SourceDoc {
  const lines: SourceLine[] = [];
  // One character for one: locations stay exact.
  const plain = text.replace(LAYOUT_LOOKALIKES, (ch) => (ch === '｜' ? '|' : ' '));
  plain.split(/\r\n|\r|\n/).forEach((line, index) => {
    const parsed = toLine(line, index + 1);
    if (parsed) lines.push(parsed);
  });
  return { kind: 'text', encoding, pages: null, lines };
}
