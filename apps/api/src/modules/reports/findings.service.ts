import { Injectable } from '@nestjs/common';
import { RULES, RULES_BY_ID, type Severity } from '@dlens/domain';
import { DataSource } from 'typeorm';
import { toConnection } from './connection.model.js';
import type { FindingFiltersArgs, FindingsArgs } from './dto/findings.args.js';
import { SeverityEnum, type FindingConnectionModel, type FindingCountsModel, type RuleFindingCountModel } from './finding.model.js';
import { decodeCursor, encodeCursor, pageSize, SqlParams } from './pagination.js';
import { knownRule, regionCodePrefix } from './report-filters.js';
import { FINDING_COLUMNS_SQL, SEVERITY_RANK_SQL, toFinding, type FindingRow } from './report.queries.js';

const CURSOR_LIST = 'findings';

/** Same report order as the reports list, then errors before warnings before info, then id. */
const ORDER_KEY_SQL = `(-r.year, i.name COLLATE "C", r.id, ${SEVERITY_RANK_SQL}, f.id)`;

/**
 * The findings of the current revisions, with their reports (for the filters). The revision
 * alone finds the report: adding `r.id = f.report_id` (true of every finding) made PostgreSQL
 * multiply the two conditions' selectivities and expect one finding in all, and so sort every
 * finding of the nation for a page instead of reading reports in year order. The issuer joins
 * only the page (its order); the counts read none.
 */
const CURRENT_FINDINGS_FROM_SQL = `FROM finding f
  JOIN report r ON r.current_revision_id = f.revision_id`;

/** In the order of the GraphQL enum: error, warning, info. */
const SEVERITIES: readonly Severity[] = Object.values(SeverityEnum);

/** Findings of one rule and severity under the region and year filters. */
interface FindingGroup {
  rule: string;
  severity: Severity;
  count: number;
}

interface FindingListRow extends FindingRow {
  year: number;
  issuerName: string;
  severityRank: number;
}

/** Findings of the current revisions (older revisions' findings are history: read them per revision). */
@Injectable()
export class FindingsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(args: FindingsArgs): Promise<FindingConnectionModel> {
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(CURSOR_LIST, args.after, ['number', 'string', 'number', 'number', 'number']) : null;
    const params = new SqlParams();
    const where = this.filters(args, params);

    const page = new SqlParams(params.values);
    const conditions = [...where];
    if (after) {
      const [year, name, reportId, rank, id] = after;
      conditions.push(
        `${ORDER_KEY_SQL} > (${page.add(-(year as number))}::int, ${page.add(name)}::text, ${page.add(reportId)}::int, ${page.add(rank)}::int, ${page.add(id)}::int)`,
      );
    }
    // The total and the page are independent: run at once, on two pooled connections.
    const [[{ total }], rows] = (await Promise.all([
      this.dataSource.query(`SELECT count(*)::int AS total ${CURRENT_FINDINGS_FROM_SQL} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`, params.values),
      this.dataSource.query(
        `SELECT ${FINDING_COLUMNS_SQL}, r.year, i.name AS "issuerName", ${SEVERITY_RANK_SQL} AS "severityRank"
           ${CURRENT_FINDINGS_FROM_SQL} JOIN issuer i ON i.id = r.issuer_id
          ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
          ORDER BY r.year DESC, i.name COLLATE "C", r.id, "severityRank", f.id
          LIMIT ${page.add(first + 1)}`,
        page.values,
      ),
    ])) as [[{ total: number }], FindingListRow[]];
    return toConnection(rows, first, total, toFinding, (row) =>
      encodeCursor(CURSOR_LIST, [row.year, row.issuerName, row.reportId, row.severityRank, row.id]),
    );
  }

  /** Counts by rule and by severity from one grouped query, each summed under the other filter. */
  async counts(args: FindingFiltersArgs): Promise<FindingCountsModel> {
    const rule = args.rule != null ? knownRule(args.rule) : null;
    const params = new SqlParams();
    const where = this.filters({ regionCode: args.regionCode, year: args.year }, params);
    const groups = (await this.dataSource.query(
      `SELECT f.rule, f.severity, count(*)::int AS count ${CURRENT_FINDINGS_FROM_SQL}
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        GROUP BY f.rule, f.severity`,
      params.values,
    )) as FindingGroup[];
    const total = (keep: (group: FindingGroup) => boolean) => groups.reduce((n, group) => (keep(group) ? n + group.count : n), 0);
    const inSeverity = (group: FindingGroup) => args.severity == null || group.severity === args.severity;
    const unknownRules = [...new Set(groups.map((g) => g.rule))].filter((id) => !(id in RULES_BY_ID)).sort();
    const byRule: RuleFindingCountModel[] = [
      ...RULES.map((def) => ({ rule: def.id as string, labelZh: def.label.zh, labelEn: def.label.en, severity: def.severity })),
      ...unknownRules.map((id) => ({ rule: id, labelZh: null, labelEn: null, severity: (groups.find((g) => g.rule === id) as FindingGroup).severity })),
    ].map((r) => ({ ...r, count: total((g) => g.rule === r.rule && inSeverity(g)) }));
    const bySeverity = SEVERITIES.map((severity) => ({ severity, count: total((g) => g.severity === severity && (rule === null || g.rule === rule)) }));
    return { byRule, bySeverity };
  }

  private filters(args: FindingFiltersArgs, params: SqlParams): string[] {
    const where: string[] = [];
    // A region's findings are read from its issuers' reports: as a list of issuers, since joined
    // on the region code PostgreSQL would rather read the nation's reports in year order (the
    // national page's plan) and keep the region's, 4× slower for a province's every year.
    if (args.regionCode != null) {
      where.push(`r.issuer_id = ANY (ARRAY(SELECT id FROM issuer WHERE region_code LIKE ${params.add(regionCodePrefix(args.regionCode))} || '%'))`);
    }
    if (args.year != null) where.push(`r.year = ${params.add(args.year)}::int`);
    if (args.rule != null) where.push(`f.rule = ${params.add(knownRule(args.rule))}`);
    if (args.severity != null) where.push(`f.severity = ${params.add(args.severity)}`);
    return where;
  }
}
