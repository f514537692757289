import type { SourceCell, SourceDoc } from '../source/source-doc.js';

/**
 * A piece of a table region: label text, a number, or a blank cell.
 * Numbers from prose or flattened text are `splittable`: the digits of several
 * neighbouring cells may have run together (`行政规范性文件6233440`).
 */
export interface Token {
  readonly kind: 'text' | 'num' | 'blank';
  /** Exactly as in the source. */
  readonly raw: string;
  readonly splittable: boolean;
  /** Unit written after an amount (`2832995元`), if any. */
  readonly unit: '元' | '万元' | null;
  readonly cell: SourceCell;
  /** Offset of `raw` within `cell.text`. */
  readonly offset: number;
  /** Index of the source line; numbers on different lines never belong to one cell. */
  readonly line: number;
}

/** Blank cells: empty, slash, dashes, 无. */
const BLANK = /^(?:|[/／\\]|[-—–－―]{1,3}|无)$/;
/**
 * The digits of a number as printed: plain, or in groups of three with commas (`37,292`), which
 * are one number, never the digits of several cells run together.
 */
export const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)`;
/** The value of a number's printed digits (`37,292` is 37292). */
export const digitsValue = (digits: string): number => Number(digits.replaceAll(',', ''));
const AMOUNT = String.raw`-?${DIGITS}(?:\.\d+)?`;
const NUMBER = new RegExp(`^${AMOUNT}$`);
/** A number followed by a unit or a note inside one cell: `800元`, `22（其中修订16件）`. */
const NUMBER_WITH_NOTE = new RegExp(`^(${AMOUNT})\\s*(万元|元|件|个|条|项)?\\s*(?:[（(][^（()）]{0,40}[)）])?$`);
const LEADING_NUMBER = new RegExp(`^${AMOUNT}`);
/** Page furniture that must never be read as a figure: `— 4 —`, `- 3 -`, `第 2 页 共 5 页`. */
const PAGE_FOOTER = /^(?:[-—–－―]+\s*\d{1,4}\s*[-—–－―]+|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

const LIST_MARK = /[.．、]/;
/** A number starting exactly at `lastIndex` (sticky: no slicing of long flattened lines). */
const NUMBER_AT = new RegExp(AMOUNT, 'y');
const DATE_SUFFIX = /^[年月日时]/;

function tokensOfSeparatedCell(cell: SourceCell, line: number): Token {
  const text = cell.text;
  const base = { raw: text, splittable: false, cell, offset: 0, line };
  if (BLANK.test(text)) return { ...base, kind: 'blank', unit: null };
  if (NUMBER.test(text)) return { ...base, kind: 'num', unit: null };
  const note = NUMBER_WITH_NOTE.exec(text);
  if (note) {
    const unit = note[2] === '元' || note[2] === '万元' ? note[2] : null;
    return { ...base, kind: 'num', unit };
  }
  return { ...base, kind: 'text', unit: null };
}

/** Index just past a parenthetical that opens at `start`, when it closes within 40 characters. */
function parentheticalEnd(text: string, start: number): number | null {
  const close = text.slice(start + 1, start + 41).search(/[)）]/);
  return close < 0 ? null : start + close + 2;
}

/**
 * Scans prose or flattened text into label text and digit runs. A digit followed by
 * `.`/`、` and a non-digit is a list marker of the next label (`00000002.重复申请`), digits
 * followed by 年/月/日 are a date, and digits inside a short parenthetical are a note.
 */
function tokensOfTextCell(cell: SourceCell, line: number, out: Token[]): void {
  const text = cell.text;
  let textStart = 0;
  const pushText = (end: number) => {
    // Whitespace between numbers only separates them; it is no label.
    if (end > textStart && text.slice(textStart, end).trim() !== '') {
      out.push({ kind: 'text', raw: text.slice(textStart, end), splittable: false, unit: null, cell, offset: textStart, line });
    }
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '（' || ch === '(') {
      i = parentheticalEnd(text, i) ?? i + 1;
      continue;
    }
    NUMBER_AT.lastIndex = i;
    const run = NUMBER_AT.exec(text);
    // A minus sign starts a number after a digit, a space or the cell start (`485 -28 1938`), not inside words.
    const startsNumber = run !== null && (ch !== '-' || i === 0 || /[\d\s\u3000]/.test(text[i - 1] ?? ''));
    if (!run || !startsNumber) {
      i += 1;
      continue;
    }
    let digits = run[0];
    const after = text.slice(i + digits.length, i + digits.length + 2);
    if (DATE_SUFFIX.test(after)) {
      i += digits.length;
      continue;
    }
    // `…00000002.重复申请`: the last digit is the list number of the next row's label.
    if (!digits.includes('.') && LIST_MARK.test(after[0] ?? '') && !/\d/.test(after[1] ?? '')) {
      digits = digits.slice(0, -1);
    }
    if (digits === '' || digits === '-') {
      i += run[0].length;
      continue;
    }
    pushText(i);
    const unitMatch = /^(万元|元)/.exec(text.slice(i + digits.length, i + digits.length + 2));
    out.push({
      kind: 'num',
      raw: digits,
      splittable: !digits.includes(','),
      unit: (unitMatch?.[1] as Token['unit']) ?? null,
      cell,
      offset: i,
      line,
    });
    i += digits.length;
    textStart = i;
  }
  pushText(text.length);
}

/** The value of a cell's leading number (`22（其中修订16件）` is 22, `37,292` is 37292), if it has one. */
export function leadingNumber(raw: string): number | null {
  const match = LEADING_NUMBER.exec(raw.trim());
  return match ? digitsValue(match[0]) : null;
}

/** Turns a source document into one stream of tokens. */
export function tokenize(doc: SourceDoc): Token[] {
  const tokens: Token[] = [];
  doc.lines.forEach((line, index) => {
    const joined = line.cells.map((c) => c.text).join(' ').trim();
    if (PAGE_FOOTER.test(joined)) return;
    for (const cell of line.cells) {
      if (line.separated) tokens.push(tokensOfSeparatedCell(cell, index));
      else tokensOfTextCell(cell, index, tokens);
    }
  });
  return tokens;
}
