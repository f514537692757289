import type { RevisionDetailQuery } from '../../generated/graphql';
import type { Lang } from '../../shared/i18n';

export type Revision = NonNullable<RevisionDetailQuery['revision']>;
export type ReportTable = Revision['tables'][number];
export type ReportRow = ReportTable['rows'][number];
export type ReportColumn = ReportRow['columns'][number];
export type ReportValue = ReportRow['values'][number];
export type Finding = Revision['findings'][number];

export function label(item: { readonly labelZh: string; readonly labelEn: string }, lang: Lang): string {
  return lang === 'en' ? item.labelEn : item.labelZh;
}

/**
 * A template row label split into its heading and item: "（三）不予公开 1.属于国家秘密" →
 * { group: "（三）不予公开", item: "1.属于国家秘密" }; "Denied: state secret" → { group: "Denied", item: "state secret" };
 * "行政诉讼 未经复议直接起诉" → { group: "行政诉讼", item: "未经复议直接起诉" }.
 */
export function splitLabel(text: string): { group: string | null; item: string } {
  const zh = text.match(/^(\S+)\s+(\S.*)$/);
  if (zh && /[\u4e00-\u9fff]/.test(text)) return { group: zh[1], item: zh[2] };
  const en = text.match(/^([^:]+):\s*(.+)$/);
  if (en) return { group: en[1], item: en[2] };
  return { group: null, item: text };
}

/** Outcome rows of 表三 grouped the way the template prints them. */
const RESULT_GROUP = /^(granted|partiallyGranted|denied|unavailable|rejected|other|totalProcessed)/;
const SUBGROUP = /^(denied|unavailable|rejected|other)(?=[A-Z])/;

export interface RequestsRowLayout {
  readonly row: ReportRow;
  /** 'top': a row of its own (一、二、四); 'result': under 三、本年度办理结果. */
  readonly section: 'top' | 'result';
  /** Cells of the row header: label, rowSpan, colSpan. */
  readonly headers: readonly { readonly text: string; readonly rowSpan: number; readonly colSpan: number }[];
}

/**
 * The row headers of 表三 as in the template: 一、二、四 span the three header columns; the
 * results (三) have a section cell spanning all of them, single outcomes (予以公开, 部分公开, 总计)
 * span two columns, grouped outcomes (不予公开 1–8, 无法提供 1–3 …) have a group cell and an item cell.
 */
export function requestsLayout(rows: readonly ReportRow[], lang: Lang, resultsLabel: string): RequestsRowLayout[] {
  const results = rows.filter((r) => RESULT_GROUP.test(r.key));
  const layout: RequestsRowLayout[] = [];
  let firstResult = true;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const text = label(row, lang);
    if (!RESULT_GROUP.test(row.key)) {
      layout.push({ row, section: 'top', headers: [{ text, rowSpan: 1, colSpan: 3 }] });
      continue;
    }
    const headers: { text: string; rowSpan: number; colSpan: number }[] = [];
    if (firstResult) {
      headers.push({ text: resultsLabel, rowSpan: results.length, colSpan: 1 });
      firstResult = false;
    }
    const sub = row.key.match(SUBGROUP)?.[1];
    if (!sub) {
      headers.push({ text, rowSpan: 1, colSpan: 2 });
    } else {
      const members = rows.filter((r) => r.key.match(SUBGROUP)?.[1] === sub);
      const split = splitLabel(text);
      if (members.length === 1) {
        headers.push({ text, rowSpan: 1, colSpan: 2 });
      } else {
        if (members[0] === row) {
          const groupText = members.map((m) => splitLabel(label(m, lang)).group).find((g) => g) ?? sub;
          headers.push({ text: groupText, rowSpan: members.length, colSpan: 1 });
        }
        headers.push({ text: split.group ? split.item : text, rowSpan: 1, colSpan: 1 });
      }
    }
    layout.push({ row, section: 'result', headers });
  }
  return layout;
}

/** Consecutive rows with the same columns: each prints with its own header row (表二). */
export function columnSections(rows: readonly ReportRow[]): ReportRow[][] {
  const sections: ReportRow[][] = [];
  for (const row of rows) {
    const signature = row.columns.map((c) => c.key).join('|');
    const last = sections[sections.length - 1];
    if (last && last[0].columns.map((c) => c.key).join('|') === signature) last.push(row);
    else sections.push([row]);
  }
  return sections;
}

/** Applicant columns of 表三: 自然人, then the five kinds of 法人或其他组织, then 总计. */
export const LEGAL_PERSON_COLUMNS = ['commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg'] as const;

/** 表四 header groups: rows as column groups (行政复议 | 行政诉讼: 直接起诉, 复议后起诉). */
export function horizontalGroups(rows: readonly ReportRow[], lang: Lang): { text: string; rows: { row: ReportRow; item: string | null }[] }[] {
  const groups: { text: string; rows: { row: ReportRow; item: string | null }[] }[] = [];
  for (const row of rows) {
    const split = splitLabel(label(row, lang));
    const text = split.group ?? split.item;
    const item = split.group ? split.item : null;
    const last = groups[groups.length - 1];
    if (last && last.text === text && item) last.rows.push({ row, item });
    else groups.push({ text, rows: [{ row, item }] });
  }
  return groups;
}

/** Canonical cell key → the findings naming it. */
export function findingsByCell(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const key of finding.cells) {
      const list = map.get(key) ?? [];
      list.push(finding);
      map.set(key, list);
    }
  }
  return map;
}

const SEVERITY_ORDER: Readonly<Record<string, number>> = { error: 0, warning: 1, info: 2 };

/** The most serious severity among findings (error > warning > info). */
export function worstSeverity(findings: readonly Finding[]): string | null {
  return [...findings].sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3))[0]?.severity ?? null;
}
