import type { DataSource } from 'typeorm';
import { governmentReportCte } from '../modules/analytics/metric-sql.js';

type Row = Record<string, unknown>;

/**
 * government_metric as stored (kept up to date report by report) and as it should be: computed
 * from scratch from every current government report. Both sorted, for `toEqual`.
 */
export async function governmentMetricsStoredAndExpected(sql: DataSource): Promise<{ stored: Row[]; expected: Row[] }> {
  const stored = (await sql.query(
    `SELECT metric, year, region_code, report_id, num, den FROM government_metric ORDER BY 1, 2, 3`,
  )) as Row[];
  const expected = (await sql.query(
    `WITH ${governmentReportCte('SELECT DISTINCT year FROM report', 'true')}
     SELECT m.metric, g.year, g.region_code, g.report_id, m.num, m.den
       FROM government_report g JOIN report_metric m ON m.revision_id = g.revision_id
      ORDER BY 1, 2, 3`,
  )) as Row[];
  return { stored, expected };
}
