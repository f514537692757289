import { statement } from '../../database/statements.js';
import { governmentReportCte, yearsCte } from './metric-sql.js';

/**
 * Who reported for which year under a region, as one JSON document {rows, yearTotals}.
 * $1 region code prefix; $2 years (null = every year with a current report); $3 issuer kind.
 *
 * Rows: one per county-level region (its government is expected to report every year, so a
 * county without any report still shows as missing), then one per other issuer under the region
 * (departments, prefecture and province governments) that reported in at least one of the years.
 */
export const COVERAGE_SQL = statement(
  'coverage',
  `
WITH RECURSIVE ${yearsCte('$2')},
${governmentReportCte('SELECT year FROM yr', `i.region_code LIKE $1 || '%'`)},
matrix_row AS (
  SELECT true AS county_row, c.code AS region_code, c.name AS region_name, c.level AS region_level,
    gov.id AS issuer_id, coalesce(gov.name, c.name) AS issuer_name, 'government' AS issuer_kind
  FROM region c
  LEFT JOIN LATERAL (
    SELECT i.id, i.name FROM issuer i WHERE i.region_code = c.code AND i.kind = 'government' ORDER BY i.id LIMIT 1
  ) gov ON true
  WHERE c.level = 'county' AND c.code LIKE $1 || '%' AND ($3::text IS NULL OR $3::text = 'government')
  UNION ALL
  SELECT DISTINCT false, g.code, g.name, g.level, i.id, i.name, i.kind
  FROM issuer i
  JOIN region g ON g.code = i.region_code
  JOIN report r ON r.issuer_id = i.id
  WHERE i.region_code LIKE $1 || '%' AND r.current_revision_id IS NOT NULL AND r.year IN (SELECT year FROM yr)
    AND NOT (i.kind = 'government' AND g.level = 'county')
    AND ($3::text IS NULL OR i.kind = $3::text)
),
cell AS (
  SELECT mr.*, y.year, CASE WHEN mr.county_row THEN gr.report_id ELSE r.id END AS report_id
  FROM matrix_row mr
  CROSS JOIN yr y
  LEFT JOIN government_report gr ON mr.county_row AND gr.region_code = mr.region_code AND gr.year = y.year
  -- A lookup of the (issuer, year) key per cell: as a plain join PostgreSQL hashed every report
  -- (205,222: a prefecture's coverage 61 -> 12 ms).
  LEFT JOIN LATERAL (
    SELECT r.id FROM report r
    WHERE NOT mr.county_row AND r.issuer_id = mr.issuer_id AND r.year = y.year AND r.current_revision_id IS NOT NULL
    LIMIT 1
  ) r ON true
),
matrix AS (
  SELECT county_row, region_code, region_name, region_level, issuer_id, issuer_name, issuer_kind,
    json_agg(json_build_object('year', year, 'reportId', report_id, 'present', report_id IS NOT NULL) ORDER BY year) AS cells
  FROM cell
  GROUP BY county_row, region_code, region_name, region_level, issuer_id, issuer_name, issuer_kind
),
year_total AS (
  SELECT year,
    count(*) FILTER (WHERE county_row)::int AS counties_expected,
    count(report_id) FILTER (WHERE county_row)::int AS counties_present,
    count(report_id)::int AS reports_present
  FROM cell
  GROUP BY year
)
SELECT
  (SELECT coalesce(json_agg(json_build_object(
      'countyGovernment', county_row, 'regionCode', region_code, 'regionName', region_name,
      'regionLevel', region_level, 'issuerId', issuer_id, 'issuerName', issuer_name,
      'issuerKind', issuer_kind, 'cells', cells)
    ORDER BY region_code, county_row DESC, issuer_kind DESC, issuer_name, issuer_id), '[]'::json)
   FROM matrix) AS rows,
  (SELECT coalesce(json_agg(json_build_object(
      'year', y.year, 'countiesExpected', coalesce(t.counties_expected, 0),
      'countiesPresent', coalesce(t.counties_present, 0),
      -- share of the expected county reports that are present (0–1); null when none is expected
      'countyCoverage', t.counties_present::float8 / NULLIF(t.counties_expected, 0),
      'reportsPresent', coalesce(t.reports_present, 0))
    ORDER BY y.year), '[]'::json)
   FROM yr y LEFT JOIN year_total t ON t.year = y.year) AS "yearTotals",
  (SELECT coalesce(array_agg(year ORDER BY year), '{}') FROM yr) AS years
`,
);
