import type { CoverageQuery, FindingCountsQuery } from '../../generated/graphql';
import type { Lang } from '../../shared/i18n';
import { RULE_IDS } from './quality.queries';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type SeverityFilter = (typeof SEVERITIES)[number];
export const PAGE_SIZE = 25;

export interface RuleCount {
  readonly rule: string;
  readonly label: string;
  readonly count: number;
  readonly severity: string | null;
}

/** Counts per rule from the aliased query, largest first; the label is the API's (or the id when no finding carries it). */
export function ruleCounts(data: FindingCountsQuery, lang: Lang): RuleCount[] {
  const record = data as unknown as Record<string, { totalCount: number; edges?: { node: { ruleLabelZh?: string | null; ruleLabelEn?: string | null; severity: string } }[] }>;
  return RULE_IDS.map((rule) => {
    const entry = record[`r_${rule.replace('.', '_')}`];
    const node = entry?.edges?.[0]?.node;
    const label = (lang === 'en' ? node?.ruleLabelEn : node?.ruleLabelZh) ?? rule;
    return { rule, label, count: entry?.totalCount ?? 0, severity: node?.severity ?? null };
  })
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}

export function severityCounts(data: FindingCountsQuery): { severity: SeverityFilter; count: number }[] {
  return [
    { severity: 'error', count: data.s_error.totalCount },
    { severity: 'warning', count: data.s_warning.totalCount },
    { severity: 'info', count: data.s_info.totalCount },
  ];
}

/** Cursor stack in the URL: `a,b` = page 3 (after cursor b); empty = page 1. */
export function readCursors(text: string | null): string[] {
  return text ? text.split(',').filter((c) => /^[\w-]+=*$/.test(c)) : [];
}

type CoverageRow = CoverageQuery['coverage']['rows'][number];

/** Rows shown in the matrix: all, or only those missing a report in some year. */
export function coverageRows(rows: readonly CoverageRow[], onlyGaps: boolean): CoverageRow[] {
  return onlyGaps ? rows.filter((r) => r.cells.some((c) => !c.present)) : [...rows];
}
