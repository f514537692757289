import { leadingNumber, type Token } from './tokens.js';

export type ColumnKind = 'count' | 'change' | 'wan';

/** The cells a row of the template has, and which of them must add up. */
export interface RowShape {
  readonly columns: readonly { readonly key: string; readonly kind: ColumnKind }[];
  /** Column indices: parts that add up to the total column. */
  readonly sums: readonly { readonly parts: readonly number[]; readonly total: number }[];
}

export interface CellReading {
  readonly value: number | null;
  readonly raw: string;
  readonly token: Token;
  /** Offset of `raw` within the token's raw text. */
  readonly offset: number;
  /** True when the cell was cut out of run-together digits. */
  readonly inferred: boolean;
}

export type RowReading = readonly CellReading[];

export interface ReadingResult {
  readonly readings: RowReading[];
  /** True when the search stopped early: too many ways to read the digits. */
  readonly overflow: boolean;
}

const VALID: Readonly<Record<ColumnKind, RegExp>> = {
  count: /^(?:0|[1-9]\d{0,8})$/,
  change: /^(?:0|-?[1-9]\d{0,8})$/,
  wan: /^(?:0|[1-9]\d{0,11})(?:\.\d{1,6})?$/,
};
const MAX_LENGTH: Readonly<Record<ColumnKind, number>> = { count: 9, change: 10, wan: 19 };
const MAX_STEPS = 200_000;
const MAX_READINGS = 64;

/**
 * Every way to read the tokens of one row as the row's cells. Atomic tokens are one cell
 * each; splittable digit runs are cut into cells without leading zeros. With `strict`, the
 * row's sums must hold (which is what usually makes the cut unique).
 */
export function readRow(tokens: readonly Token[], shape: RowShape, strict: boolean): ReadingResult {
  const n = shape.columns.length;
  const direct = directReading(tokens, n);
  if (direct !== undefined) {
    const holds = !strict || !direct || shape.sums.every((sum) => Math.abs((direct[sum.total]?.value ?? 0) - sum.parts.reduce((a, p) => a + (direct[p]?.value ?? 0), 0)) < 1e-9);
    return { readings: direct && holds ? [direct] : [], overflow: false };
  }
  const totalOf = new Map(shape.sums.map((s) => [s.total, s.parts]));
  const readings: RowReading[] = [];
  const cells: CellReading[] = [];
  let steps = 0;
  let overflow = false;

  const sumHolds = (column: number, value: number | null): boolean => {
    const parts = totalOf.get(column);
    if (!strict || !parts) return true;
    const sum = parts.reduce((acc, p) => acc + (cells[p]?.value ?? 0), 0);
    return Math.abs((value ?? 0) - sum) < 1e-9;
  };

  const visit = (ti: number, pos: number): void => {
    if (overflow) return;
    if (++steps > MAX_STEPS || readings.length >= MAX_READINGS) {
      overflow = true;
      return;
    }
    const column = cells.length;
    if (column === n) {
      if (ti === tokens.length) readings.push([...cells]);
      return;
    }
    const token = tokens[ti];
    if (!token) return;
    const kind = shape.columns[column]?.kind ?? 'count';
    if (!token.splittable || token.kind === 'blank') {
      const value = token.kind === 'blank' ? null : leadingNumber(token.raw);
      if (!sumHolds(column, value)) return;
      cells.push({ value, raw: token.raw, token, offset: 0, inferred: false });
      visit(ti + 1, 0);
      cells.pop();
      return;
    }
    const rest = token.raw.length - pos;
    const cellsLeftAfter = n - column - 1;
    for (let length = 1; length <= Math.min(rest, MAX_LENGTH[kind]); length++) {
      const endsToken = length === rest;
      const tokensLeft = tokens.length - ti - 1 + (endsToken ? 0 : 1);
      if (tokensLeft > cellsLeftAfter) continue;
      const raw = token.raw.slice(pos, pos + length);
      if (!VALID[kind].test(raw)) continue;
      const value = Number(raw);
      if (!sumHolds(column, value)) continue;
      cells.push({ value, raw, token, offset: pos, inferred: !(pos === 0 && endsToken) });
      if (endsToken) visit(ti + 1, 0);
      else visit(ti, pos + length);
      cells.pop();
    }
  };

  visit(0, 0);
  return { readings, overflow };
}

/**
 * The common cases without a search: one cell per token (table cells, or runs that need no
 * cutting), or a single run with exactly one digit per cell (`0000000`). Undefined when the
 * search is needed; null when the tokens cannot be the row's cells.
 */
function directReading(tokens: readonly Token[], n: number): RowReading | null | undefined {
  if (tokens.every((t) => !t.splittable || t.kind === 'blank')) {
    if (tokens.length !== n) return null;
    return tokens.map((token) => ({ value: token.kind === 'blank' ? null : leadingNumber(token.raw), raw: token.raw, token, offset: 0, inferred: false }));
  }
  const only = tokens[0];
  if (tokens.length === 1 && only && only.raw.length === n && /^\d+$/.test(only.raw)) {
    return [...only.raw].map((digit, offset) => ({ value: Number(digit), raw: digit, token: only, offset, inferred: n > 1 }));
  }
  return undefined;
}

/** Whether two readings give the same values. */
export function sameValues(a: RowReading, b: RowReading): boolean {
  return a.length === b.length && a.every((cell, i) => cell.value === b[i]?.value);
}
