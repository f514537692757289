import type { Token } from './tokens.js';

/**
 * A run of numbers and blanks with the label text printed before it: one table row as
 * far as the layout tells (a row's numbers never span text, nor lines unless the table is
 * written one cell per line).
 */
export interface NumberGroup {
  readonly tokens: readonly Token[];
  /** Normalised text between the previous group and this one. */
  readonly label: string;
  /** Index of the group's first token in the token stream. */
  readonly start: number;
  /** Only blank cells: a row printed as `/ / /`, or layout padding (empty header cells). */
  readonly blankOnly: boolean;
}

const FULLWIDTH: Readonly<Record<string, string>> = {
  '（': '(',
  '）': ')',
  '．': '.',
  '：': ':',
  '，': ',',
  '“': '"',
  '”': '"',
  '＂': '"',
  '／': '/',
};

/** Normalises label text for matching: no whitespace, ASCII parentheses and dots. */
export function normaliseLabel(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, '').replace(/[（）．：，“”＂／]/g, (c) => FULLWIDTH[c] ?? c);
}

/** Text of the token stream from `from` (inclusive) to `to` (exclusive), normalised. */
export function labelBetween(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token?.kind === 'text') text += token.raw;
  }
  return normaliseLabel(text);
}

/** True when token `k` is the only one on its line. */
function aloneOnLine(tokens: readonly Token[], k: number): boolean {
  const line = tokens[k]?.line;
  return line !== undefined && tokens[k - 1]?.line !== line && tokens[k + 1]?.line !== line;
}

/**
 * True when tokens `k - 1` and `k` are each alone on consecutive lines: a table written one
 * cell per line (text taken out of a table cell by cell), where a row's cells follow each
 * other on lines of their own.
 */
function nextCellOnItsOwnLine(tokens: readonly Token[], k: number): boolean {
  const previous = tokens[k - 1];
  const token = tokens[k];
  return !!previous && !!token && token.line === previous.line + 1 && aloneOnLine(tokens, k - 1) && aloneOnLine(tokens, k);
}

/** Splits tokens [from, to) into number groups. */
export function numberGroups(tokens: readonly Token[], from: number, to: number): NumberGroup[] {
  const groups: NumberGroup[] = [];
  let labelStart = from;
  let i = from;
  while (i < to) {
    const first = tokens[i];
    if (!first || first.kind === 'text') {
      i++;
      continue;
    }
    const start = i;
    while (i < to && tokens[i]?.kind !== 'text' && (tokens[i]?.line === first.line || nextCellOnItsOwnLine(tokens, i))) i++;
    const members = tokens.slice(start, i);
    const blankOnly = members.every((t) => t.kind === 'blank');
    // Empty cells before a label on the same line are an empty label column, not a row.
    const followedByTextOnLine = tokens[i]?.kind === 'text' && tokens[i]?.line === first.line;
    if (blankOnly && followedByTextOnLine) continue;
    groups.push({ tokens: members, label: labelBetween(tokens, labelStart, start), start, blankOnly });
    // A blank-only run may be padding inside a label split over lines: its label text also
    // counts for the next group.
    if (!blankOnly) labelStart = i;
  }
  return groups;
}
