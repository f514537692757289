import type { SelectionCompareQuery, SelectionRollupQuery } from '../../generated/graphql';
import type { ScopeInfo } from '../../shared/api';
import { readEnum, readIntList, readRegionCode, type ParamPatch } from '../../shared/router';

/**
 * Whom a view compares:
 * - children: the regions one level below the scope (provinces of the nation, prefectures of a
 *   province: sums with coverage from `rollup`; counties of a prefecture: their governments);
 * - counties: every county-level government under the scope (the whole country: ~2,900);
 * - issuers: issuers picked one by one (governments or departments).
 */
export const SELECTION_MODES = ['children', 'counties', 'issuers'] as const;
export type SelectionMode = (typeof SELECTION_MODES)[number];

export interface Selection {
  readonly scope: string | null;
  readonly by: SelectionMode;
  readonly issuers: readonly number[];
}

export function readSelection(params: URLSearchParams): Selection {
  return {
    scope: readRegionCode(params, 'scope'),
    by: readEnum(params, 'by', SELECTION_MODES, 'children'),
    issuers: readIntList(params, 'issuers'),
  };
}

export function selectionPatch(selection: Partial<Selection>): ParamPatch {
  const patch: Record<string, ParamPatch[string]> = {};
  if ('scope' in selection) patch['scope'] = selection.scope ?? null;
  if ('by' in selection) patch['by'] = selection.by === 'children' ? null : selection.by;
  if ('issuers' in selection) patch['issuers'] = selection.issuers ? [...selection.issuers] : null;
  return patch;
}

export type ValueSource =
  | { readonly kind: 'rollup'; readonly level: 'province' | 'prefecture'; readonly regionCode: string | null }
  | { readonly kind: 'compare'; readonly regionCode: string | null }
  | { readonly kind: 'issuers'; readonly issuerIds: readonly number[] };

/** Which query answers a selection; null while the scope is unknown or nothing is picked. */
export function planSource(selection: Selection, scope: ScopeInfo | null): ValueSource | null {
  if (selection.by === 'issuers') return selection.issuers.length ? { kind: 'issuers', issuerIds: selection.issuers } : null;
  if (selection.by === 'counties') return { kind: 'compare', regionCode: selection.scope };
  if (!scope) return null;
  if (!scope.region) return { kind: 'rollup', level: 'province', regionCode: null };
  if (scope.region.level === 'province' && scope.children.some((c) => c.level === 'prefecture')) {
    return { kind: 'rollup', level: 'prefecture', regionCode: scope.region.code };
  }
  // A prefecture, a municipality (its children are counties) or a county: county governments.
  return { kind: 'compare', regionCode: scope.region.code };
}

/** One value of one entity (a region's sum, or an issuer's report) for a metric and year. */
export interface EntityValue {
  readonly entityKey: string;
  readonly entityName: string;
  readonly regionCode: string | null;
  readonly metric: string;
  readonly year: number;
  readonly value: number | null;
  /** Year-on-year ratio from the API (compare only; rollups have none). */
  readonly change: number | null;
  readonly previousValue: number | null;
  /** Share of the counties whose report is present (rollup only). */
  readonly coverage: number | null;
  readonly reportsPresent: number | null;
  readonly countiesExpected: number | null;
  readonly reportId: number | null;
}

type RollupRow = SelectionRollupQuery['rollup'][number];
type CompareRow = SelectionCompareQuery['compare'][number];

export function fromRollup(rows: readonly RollupRow[]): EntityValue[] {
  return rows.map((r) => ({
    entityKey: `r:${r.regionCode}`,
    entityName: r.regionName,
    regionCode: r.regionCode,
    metric: r.metric,
    year: r.year,
    value: r.value ?? null,
    change: null,
    previousValue: null,
    coverage: r.coverage ?? null,
    reportsPresent: r.reportsPresent,
    countiesExpected: r.countiesExpected,
    reportId: null,
  }));
}

export function fromCompare(rows: readonly CompareRow[]): EntityValue[] {
  return rows.map((r) => ({
    entityKey: `i:${r.issuerId}`,
    entityName: r.issuerName,
    regionCode: r.regionCode ?? null,
    metric: r.metric,
    year: r.year,
    value: r.value ?? null,
    change: r.change ?? null,
    previousValue: r.previousValue ?? null,
    coverage: null,
    reportsPresent: null,
    countiesExpected: null,
    reportId: r.reportId,
  }));
}

export interface Entity {
  readonly key: string;
  readonly name: string;
  readonly regionCode: string | null;
  /** The issuer id of an `i:` entity. */
  readonly issuerId: number | null;
}

/** Distinct entities of the values, in first-seen order. */
export function listEntities(values: readonly EntityValue[]): Entity[] {
  const seen = new Map<string, Entity>();
  for (const v of values) {
    if (!seen.has(v.entityKey)) {
      seen.set(v.entityKey, {
        key: v.entityKey,
        name: v.entityName,
        regionCode: v.regionCode,
        issuerId: v.entityKey.startsWith('i:') ? Number(v.entityKey.slice(2)) : null,
      });
    }
  }
  return [...seen.values()];
}

/** Lookup `entity|metric|year` → value row. */
export function indexValues(values: readonly EntityValue[]): Map<string, EntityValue> {
  return new Map(values.map((v) => [`${v.entityKey}|${v.metric}|${v.year}`, v]));
}

export const valueKey = (entityKey: string, metric: string, year: number) => `${entityKey}|${metric}|${year}`;

/** Distinct years, ascending. */
export function yearsOf(values: readonly { readonly year: number }[]): number[] {
  return [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
}

/**
 * The years to offer, newest first: those with county government reports under the scope, else
 * every year with a report anywhere; the newest is the default.
 */
export function offeredYears(rows: readonly { readonly year: number; readonly hasCountyReports: boolean }[]): { years: number[]; latest: number | null } {
  const withReports = rows.filter((r) => r.hasCountyReports).map((r) => r.year);
  const years = (withReports.length ? withReports : rows.map((r) => r.year)).sort((a, b) => b - a);
  return { years, latest: years[0] ?? null };
}
