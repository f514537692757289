import type { CoverageQuery, FindingCountsQuery } from '../../generated/graphql';
import type { Lang } from '../../shared/i18n';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type SeverityFilter = (typeof SEVERITIES)[number];
export const PAGE_SIZE = 25;

export interface RuleCount {
  readonly rule: string;
  readonly label: string;
  readonly count: number;
  readonly severity: string;
}

type Counts = FindingCountsQuery['findingCounts'];

/** Every rule the API knows, labelled in the language shown (the id when it has no label), in catalogue order. */
export function ruleOptions(counts: Counts, lang: Lang): RuleCount[] {
  return counts.byRule.map((r) => ({ rule: r.rule, label: (lang === 'en' ? r.labelEn : r.labelZh) ?? r.rule, count: r.count, severity: r.severity }));
}

/** The rules with findings, largest first. */
export function ruleCounts(counts: Counts, lang: Lang): RuleCount[] {
  return ruleOptions(counts, lang)
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
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
