import { statement } from '../../database/statements.js';
import { yearsCte } from './metric-sql.js';

/**
 * Every year with a current report anywhere, newest first, and whether a county-level government
 * under the region has a current report that year (the reports a roll-up counts). $1 region code
 * prefix (null = the whole country). One probe per year: the years from a loose scan of the year
 * index, then the region's county governments' (issuer, year) keys until one has a report.
 */
export const REPORT_YEARS_SQL = statement(
  'report-years',
  `
WITH RECURSIVE ${yearsCte('NULL')}
SELECT y.year, EXISTS (
    SELECT 1 FROM issuer i
    JOIN region c ON c.code = i.region_code AND c.level = 'county'
    JOIN report r ON r.issuer_id = i.id AND r.year = y.year AND r.current_revision_id IS NOT NULL
    WHERE i.kind = 'government' AND ($1::text IS NULL OR i.region_code LIKE $1 || '%')
  ) AS "hasCountyReports"
FROM yr y
ORDER BY y.year DESC
`,
);
