import type { ChartDatum } from '../../shared/charts';
import { listEntities, valueKey, type EntityValue } from '../selection';

/** The six outcome rows of 表三 in template order, and the two applicant groups. */
export const OUTCOME_KEYS = ['outcomeGranted', 'outcomePartiallyGranted', 'outcomeDenied', 'outcomeUnavailable', 'outcomeRejected', 'outcomeOther'] as const;
export const APPLICANT_KEYS = ['requestsNaturalPerson', 'requestsLegalPerson'] as const;
export const EXTRA_KEYS = ['requestsReceived', 'grantRate', 'legalPersonShare'] as const;
export const CHART_LIMIT = 40;

export const ORDERS = ['requests', 'grantRate', 'name'] as const;
export type Order = (typeof ORDERS)[number];

/**
 * Rows for a 100 % stacked chart: one per entity that reported at least one non-zero part (a
 * row of zeros or blanks has no composition to draw), ordered and capped for legibility.
 */
export function shareRows(
  values: readonly EntityValue[],
  parts: readonly string[],
  year: number,
  order: Order,
  limit: number,
  locale: string,
): { rows: ChartDatum[]; keys: string[]; omitted: number; empty: string[] } {
  const yearValues = values.filter((v) => v.year === year);
  const index = new Map(yearValues.map((v) => [valueKey(v.entityKey, v.metric, v.year), v]));
  const get = (key: string, metric: string) => index.get(valueKey(key, metric, year))?.value ?? null;
  const collator = new Intl.Collator(locale);
  const entities = listEntities(yearValues);
  const withParts = entities.filter((e) => parts.some((p) => (get(e.key, p) ?? 0) > 0));
  const empty = entities.filter((e) => !withParts.includes(e)).map((e) => e.name);
  const sortValue = (key: string) => (order === 'grantRate' ? get(key, 'grantRate') : get(key, 'requestsReceived'));
  const sorted = [...withParts].sort((a, b) => {
    if (order === 'name') return collator.compare(a.name, b.name);
    const x = sortValue(a.key);
    const y = sortValue(b.key);
    if (x === null && y === null) return collator.compare(a.name, b.name);
    if (x === null) return 1;
    if (y === null) return -1;
    return y - x || collator.compare(a.name, b.name);
  });
  const shown = sorted.slice(0, limit);
  return {
    rows: shown.map((e) => {
      const row: { label: string; [key: string]: string | number | null } = { label: e.name };
      for (const p of parts) row[p] = get(e.key, p);
      return row;
    }),
    keys: shown.map((e) => e.key),
    omitted: sorted.length - shown.length,
    empty,
  };
}
