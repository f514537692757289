import { statement } from '../../database/statements.js';
import { METRIC_CTES, METRIC_VALUE_CTES, yearsCte } from './metric-sql.js';

/**
 * County-level government reports summed per group region and year.
 * $1..$5 metric key rows; $6 region code prefix (null = the whole country); $7 level
 * ('prefecture' | 'province'); $8 years (null = every year with a current report).
 *
 * Expected = the county-level regions under the group (one government report per county and
 * year); present = those with a report; missing = the rest, listed. A ratio is the sum of the
 * numerators over the sum of the denominators of the reports that have both (never an average
 * of ratios); a per-capita rate divides by the population of the counties that contributed.
 */
export const ROLLUP_SQL = statement(
  'rollup',
  `
WITH RECURSIVE ${METRIC_CTES},
${yearsCte('$8')},
-- The groups: the requested region's children at the level, or the region itself. At
-- prefecture level a province whose counties hang off it directly (北京, 天津, 上海, 重庆)
-- stands as its own group.
grp AS (
  SELECT g.code, g.name, g.level FROM region g
  WHERE ($6::text IS NULL OR g.code LIKE $6 || '%')
    AND CASE WHEN $7 = 'province' THEN g.level = 'province'
             ELSE g.level = 'prefecture' OR (g.level = 'province'
               AND EXISTS (SELECT 1 FROM region c WHERE c.parent_code = g.code AND c.level = 'county')) END
),
county AS (
  SELECT c.code, CASE WHEN $7 = 'province' THEN coalesce(p.parent_code, p.code) ELSE p.code END AS group_code
  FROM region c
  JOIN region p ON p.code = c.parent_code
  WHERE c.level = 'county' AND ($6::text IS NULL OR c.code LIKE $6 || '%')
),
-- The government figures of the counties under the region (government_metric: one range per
-- metric and year, where finding each county's report and then its figures took ~12,000 index
-- lookups at national scope).
report_part AS (
  SELECT gm.metric, gm.report_id, gm.region_code, gm.year, gm.num, gm.den
  FROM government_metric gm
  WHERE gm.metric IN (SELECT metric FROM metric) AND gm.year IN (SELECT year FROM yr)
    AND ($6::text IS NULL OR gm.region_code LIKE $6 || '%')
),
${METRIC_VALUE_CTES},
cell AS (
  -- county × year × metric, with the report's figures when there is a report
  SELECT m.metric, c.group_code, c.code, y.year, mv.report_id, mv.num, mv.den,
    mv.num IS NOT NULL AND (m.kind = 'sum' OR mv.den IS NOT NULL) AS contributes
  FROM county c
  CROSS JOIN yr y
  CROSS JOIN metric m
  LEFT JOIN metric_value mv ON mv.region_code = c.code AND mv.year = y.year AND mv.metric = m.metric
)
SELECT m.metric, g.code AS "regionCode", g.name AS "regionName", g.level AS "regionLevel", y.year,
  CASE WHEN m.kind = 'sum' THEN sum(cell.num) FILTER (WHERE cell.contributes)
       ELSE sum(cell.num) FILTER (WHERE cell.contributes)
            / NULLIF(sum(cell.den) FILTER (WHERE cell.contributes), 0) * m.scale END AS value,
  sum(cell.num) FILTER (WHERE cell.contributes) AS numerator,
  sum(cell.den) FILTER (WHERE cell.contributes) AS denominator,
  count(cell.code)::int AS "countiesExpected",
  count(cell.report_id)::int AS "reportsPresent",
  count(*) FILTER (WHERE cell.contributes)::int AS "reportsWithValue",
  count(cell.report_id)::float8 / NULLIF(count(cell.code), 0) AS coverage,
  coalesce(array_agg(cell.code ORDER BY cell.code) FILTER (WHERE cell.code IS NOT NULL AND cell.report_id IS NULL), '{}')
    AS "missingRegionCodes"
FROM grp g
CROSS JOIN yr y
CROSS JOIN metric m
LEFT JOIN cell ON cell.group_code = g.code AND cell.year = y.year AND cell.metric = m.metric
GROUP BY m.metric, m.kind, m.scale, g.code, g.name, g.level, y.year
ORDER BY m.metric, g.code, y.year
`,
);
