/**
 * Query-string helpers: every view keeps its whole state in the URL, so a link reproduces it.
 * Defaults are left out of the URL to keep links short.
 */
export type ParamValue = string | number | boolean | readonly (string | number)[] | null | undefined;
export type ParamPatch = Readonly<Record<string, ParamValue>>;

/** Serialises one value: lists are comma-joined; null, undefined, '' and [] remove the parameter. */
export function encodeParam(value: ParamValue): string | null {
  if (value === null || value === undefined || value === false) return null;
  if (value === true) return '1';
  if (Array.isArray(value)) return value.length ? value.join(',') : null;
  const text = String(value);
  return text === '' ? null : text;
}

/** The search string with the patch applied (parameter order kept, new ones appended). */
export function patchSearch(search: string, patch: ParamPatch): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    const encoded = encodeParam(value);
    if (encoded === null) params.delete(key);
    else params.set(key, encoded);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A path with the given parameters, keeping the listed ones (e.g. lang) from the current search. */
export function buildHref(pathname: string, params: ParamPatch = {}, currentSearch = '', keep: readonly string[] = ['lang']): string {
  const current = new URLSearchParams(currentSearch);
  const kept: Record<string, ParamValue> = {};
  for (const key of keep) {
    const value = current.get(key);
    if (value !== null) kept[key] = value;
  }
  return `${pathname}${patchSearch('', { ...kept, ...params })}`;
}

export function readString(params: URLSearchParams, key: string): string | null {
  const value = params.get(key);
  return value === null || value === '' ? null : value;
}

export function readInt(params: URLSearchParams, key: string): number | null {
  const value = params.get(key);
  if (value === null || !/^-?\d+$/.test(value)) return null;
  return Number(value);
}

export function readList(params: URLSearchParams, key: string): string[] {
  const value = params.get(key);
  if (!value) return [];
  return [...new Set(value.split(',').map((v) => v.trim()).filter(Boolean))];
}

export function readIntList(params: URLSearchParams, key: string): number[] {
  return readList(params, key).filter((v) => /^\d+$/.test(v)).map(Number);
}

export function readEnum<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[], fallback: T): T {
  const value = params.get(key);
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A six-digit GB/T 2260 code, or null. */
export function readRegionCode(params: URLSearchParams, key: string): string | null {
  const value = params.get(key);
  return value && /^\d{6}$/.test(value) ? value : null;
}
