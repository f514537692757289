import { ReportsErrorCode, reportsInputError } from './reports.errors.js';

/** Page size when `first` is not given. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest page a client may ask for: bigger lists are paged with `after`. */
export const MAX_PAGE_SIZE = 100;

/** Validates `first`; a value above the cap is an error rather than silently cut (the client would miss rows). */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw reportsInputError(
      ReportsErrorCode.InvalidPageSize,
      'first',
      `first must be between 0 and ${MAX_PAGE_SIZE} (got ${size}); page through longer lists with after: pageInfo.endCursor`,
    );
  }
  return size;
}

type KeyPart = string | number;
type KeyShape = readonly ('string' | 'number')[];

/**
 * Opaque keyset cursor: base64url of [list, ...sort key of the row]. The list tag keeps a cursor
 * of one list from being used on another; the sort key lets the next page start right after the
 * row, so rows inserted meanwhile neither repeat nor shift the pages.
 */
export function encodeCursor(list: string, key: readonly KeyPart[]): string {
  return Buffer.from(JSON.stringify([list, ...key]), 'utf8').toString('base64url');
}

/** Decodes a cursor of `list` whose key has the given shape; anything else is an INVALID_CURSOR error. */
export function decodeCursor(list: string, cursor: string, shape: KeyShape): KeyPart[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.length === shape.length + 1 &&
    parsed[0] === list &&
    shape.every((type, i) => (type === 'number' ? Number.isInteger(parsed[i + 1]) : typeof parsed[i + 1] === 'string'));
  if (!valid) {
    throw reportsInputError(ReportsErrorCode.InvalidCursor, 'after', `after: "${cursor}" is not a cursor of this list; pass a cursor the ${list} list returned`);
  }
  return (parsed as KeyPart[]).slice(1);
}

/** Collects positional SQL parameters while a query is assembled. */
export class SqlParams {
  readonly values: unknown[];

  constructor(values: readonly unknown[] = []) {
    this.values = [...values];
  }

  /** Adds a value and returns its placeholder, e.g. `$3`. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
