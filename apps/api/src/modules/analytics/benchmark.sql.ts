import { statement } from '../../database/statements.js';
import { METRIC_CTES, METRIC_VALUE_CTES, reportFiguresSql } from './metric-sql.js';

/** Resident-population band limits (lower bounds of the bands above the first). */
export const POPULATION_BAND_LIMITS = [200_000, 500_000, 1_000_000] as const;
/** Labels of width_bucket(population, limits): 0 = below the first limit … 3 = at or above the last. */
export const POPULATION_BAND_LABELS = ['<200k', '200k–500k', '500k–1M', '≥1M'] as const;

/** The population of region `g` closest in time to the year $6 (today: the 2020 census). */
const population = (alias: string) => `
  LEFT JOIN LATERAL (
    SELECT a.value FROM region_attribute a
    WHERE a.region_code = ${alias}.code AND a.key = 'population'
    ORDER BY abs(a.year - $6), a.year DESC
    LIMIT 1
  )`;

/**
 * A government's figures against its peers, for every metric of $1..$5 in one pass.
 * $6 year; $7 issuer id or $8 region code (the subject); $9 peer group; $10 band limits.
 *
 * Peers: the government reports of the year from regions of the subject's level, within the
 * peer group, the subject included; only peers with a value count. Statistics:
 * - rank: 1 = highest value; ties share the best rank (rank() over value descending);
 * - percentile: 100 × percent_rank() over value ascending = the share of the other peers whose
 *   value is strictly lower (0 when the subject is alone or the lowest, 100 when the highest);
 * - median, q1, q3: percentile_cont (linear interpolation between the ordered values).
 */
export const BENCHMARK_SQL = statement(
  'benchmark',
  `
WITH ${METRIC_CTES},
subject AS (
  -- the issuer asked for, or the government of the region asked for (one with a report first)
  SELECT i.id AS issuer_id, i.name AS issuer_name, i.kind, g.code AS region_code, g.name AS region_name,
    g.level, g.parent_code, r.id AS report_id, r.current_revision_id AS revision_id, pop.value AS population
  FROM issuer i
  LEFT JOIN region g ON g.code = i.region_code
  LEFT JOIN report r ON r.issuer_id = i.id AND r.year = $6 AND r.current_revision_id IS NOT NULL
  ${population('g')} pop ON true
  WHERE CASE WHEN $7::int IS NOT NULL THEN i.id = $7 ELSE i.region_code = $8::text AND i.kind = 'government' END
  ORDER BY r.id IS NULL, i.id
  LIMIT 1
),
-- The peers: regions of the subject's level within the peer group, the subject's own left out.
peer_region AS (
  SELECT g.code
  FROM region g
  CROSS JOIN subject s
  ${population('g')} pop ON $9::text = 'POPULATION_BAND'
  WHERE s.kind = 'government' AND g.level = s.level AND g.code <> s.region_code
    AND CASE $9::text
      WHEN 'SAME_PARENT' THEN g.parent_code IS NOT DISTINCT FROM s.parent_code
      WHEN 'SAME_LEVEL_IN_PROVINCE' THEN left(g.code, 2) = left(s.region_code, 2)
      WHEN 'POPULATION_BAND' THEN width_bucket(pop.value, $10::float8[]) = width_bucket(s.population, $10::float8[])
      ELSE true
    END
),
subject_report AS (
  SELECT s.report_id, s.revision_id, s.region_code, $6::int AS year FROM subject s WHERE s.report_id IS NOT NULL
),
report_part AS (
  -- The peers' government figures of the year (government_metric, a lookup per peer region:
  -- finding every government's report of the year first took most of this query's time), and
  -- the subject's from its own report.
  SELECT gm.metric, gm.report_id, gm.region_code, gm.year, gm.num, gm.den
  FROM government_metric gm
  JOIN peer_region p ON p.code = gm.region_code
  WHERE gm.year = $6 AND gm.metric IN (SELECT metric FROM metric)
  UNION ALL
  ${reportFiguresSql('subject_report')}
),
${METRIC_VALUE_CTES},
ranked AS (
  SELECT mv.metric, mv.report_id, mv.value,
    rank() OVER (PARTITION BY mv.metric ORDER BY mv.value DESC)::int AS rank,
    percent_rank() OVER (PARTITION BY mv.metric ORDER BY mv.value) AS percent_rank
  FROM metric_value mv
  WHERE mv.value IS NOT NULL
),
stats AS (
  SELECT metric, count(*)::int AS peer_count,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY value) AS median,
    percentile_cont(0.25) WITHIN GROUP (ORDER BY value) AS q1,
    percentile_cont(0.75) WITHIN GROUP (ORDER BY value) AS q3,
    min(value) AS min, max(value) AS max
  FROM ranked
  GROUP BY metric
)
SELECT m.metric, $6::int AS year, $9::text AS "peerGroup",
  s.issuer_id AS "issuerId", s.issuer_name AS "issuerName", s.kind AS "issuerKind",
  s.region_code AS "regionCode", s.region_name AS "regionName", s.level AS "regionLevel", s.report_id AS "reportId",
  me.value, me.rank, me.percent_rank * 100 AS percentile,
  coalesce(st.peer_count, 0) AS "peerCount", st.median, st.q1, st.q3, st.min, st.max,
  s.population, width_bucket(s.population, $10::float8[]) AS "populationBand"
FROM metric m
CROSS JOIN subject s
LEFT JOIN stats st ON st.metric = m.metric
LEFT JOIN ranked me ON me.metric = m.metric AND me.report_id = s.report_id
ORDER BY array_position($1::text[], m.metric)
`,
);
