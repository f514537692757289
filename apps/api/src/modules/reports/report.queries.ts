import { RULES_BY_ID, type RuleId, type Severity } from '@dlens/domain';
import type { FindingModel } from './finding.model.js';
import type { ReportRevisionModel } from './report-revision.model.js';

/** SQL fragments and row mappers shared by the services and the DataLoaders of this module. */

/** Severity as a sort rank: errors first. */
export const SEVERITY_RANK_SQL = `CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END`;

export const FINDING_COLUMNS_SQL = `f.id, f.report_id AS "reportId", f.revision_id AS "revisionId", f.rule, f.severity, f.scope,
  f.message, f.cells, f.expected, f.actual`;

export interface FindingRow {
  id: number;
  reportId: number;
  revisionId: number;
  rule: string;
  severity: Severity;
  scope: string;
  message: string;
  cells: string[];
  expected: number | null;
  actual: number | null;
}

export function toFinding(row: FindingRow): FindingModel {
  const rule = RULES_BY_ID[row.rule as RuleId] as (typeof RULES_BY_ID)[RuleId] | undefined;
  return {
    id: row.id,
    reportId: row.reportId,
    revisionId: row.revisionId,
    rule: row.rule,
    ruleLabelZh: rule?.label.zh ?? null,
    ruleLabelEn: rule?.label.en ?? null,
    severity: row.severity,
    scope: row.scope,
    message: row.message,
    cells: row.cells,
    expected: row.expected,
    actual: row.actual,
  };
}

/** Revision metadata with its file's size and type; never the (large) parsed document. */
export const REVISION_SELECT_SQL = `SELECT v.id, v.report_id AS "reportId", v.revision_no AS "revisionNo",
    (r.current_revision_id = v.id) AS current, v.file_name AS "fileName", v.parser_version AS "parserVersion",
    v.template, v.title, v.printed_issuer AS "printedIssuer", v.synthetic, v.created_at AS "createdAt",
    v.source_sha256 AS sha256, s.size, s.media_type AS "mediaType"
  FROM report_revision v
  JOIN report r ON r.id = v.report_id
  JOIN source_file s ON s.sha256 = v.source_sha256`;

export type RevisionRow = Omit<ReportRevisionModel, 'downloadUrl'>;

/** Path of the original file of a revision: GET /files/:sha256, named after this revision's file. */
export function downloadPath(sha256: string, revisionId: number): string {
  return `/files/${sha256}?revision=${revisionId}`;
}

export function toRevision(row: RevisionRow): ReportRevisionModel {
  return { ...row, downloadUrl: downloadPath(row.sha256, row.id) };
}
