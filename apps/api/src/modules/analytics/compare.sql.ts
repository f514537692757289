import { statement } from '../../database/statements.js';
import { METRIC_CTES, METRIC_VALUE_CTES, REPORT_PART_CTE } from './metric-sql.js';

/**
 * Values of metrics per current report, with the same issuer's value for the year before.
 * $1..$5 metric key rows; $6 years; $7 issuer ids; $8 region code prefix; $9 region level of
 * the issuer; $10 issuer kind (each null = no filter).
 */
export const COMPARE_SQL = statement(
  'compare',
  `
WITH ${METRIC_CTES},
current_report AS (
  SELECT r.id AS report_id, r.current_revision_id AS revision_id, r.year,
    i.id AS issuer_id, i.name AS issuer_name, i.region_code
  FROM report r
  JOIN issuer i ON i.id = r.issuer_id
  LEFT JOIN region g ON g.code = i.region_code
  WHERE r.current_revision_id IS NOT NULL
    -- the requested years and the year before each (for the year-on-year change)
    AND ($6::int[] IS NULL OR r.year = ANY($6) OR r.year + 1 = ANY($6))
    AND ($7::int[] IS NULL OR i.id = ANY($7))
    AND ($8::text IS NULL OR i.region_code LIKE $8 || '%')
    AND ($9::text IS NULL OR g.level = $9)
    AND ($10::text IS NULL OR i.kind = $10)
),
scoped_report AS (
  SELECT report_id, revision_id, region_code, year FROM current_report
),
${REPORT_PART_CTE},
${METRIC_VALUE_CTES},
with_previous AS (
  SELECT mv.metric, mv.value, c.report_id, c.issuer_id, c.issuer_name, c.region_code, c.year,
    -- lag() over the issuer's years; only a report of exactly the year before counts
    CASE WHEN lag(c.year) OVER w = c.year - 1 THEN lag(mv.value) OVER w END AS previous_value
  FROM metric_value mv
  JOIN current_report c ON c.report_id = mv.report_id
  WINDOW w AS (PARTITION BY mv.metric, c.issuer_id ORDER BY c.year)
)
SELECT metric, report_id AS "reportId", issuer_id AS "issuerId", issuer_name AS "issuerName",
  region_code AS "regionCode", year, value, previous_value AS "previousValue",
  -- relative change as a ratio (0.25 = +25 %); null without a previous value or when it was 0
  value / NULLIF(previous_value, 0) - 1 AS change
FROM with_previous
WHERE $6::int[] IS NULL OR year = ANY($6)
ORDER BY metric, year, issuer_name, report_id
`,
);
