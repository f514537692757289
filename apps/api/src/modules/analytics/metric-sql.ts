import { METRICS_BY_KEY, type MetricDef } from '@dlens/domain';
import { GraphQLError } from 'graphql';

/** One row per (metric, value key, part) that the SQL joins against the report values. */
export interface MetricKeyRows {
  readonly metric: string[];
  readonly key: string[];
  readonly part: string[];
  readonly scale: number[];
  readonly kind: ('sum' | 'ratio' | 'perCapita')[];
}

/** Flattens metric definitions into parallel arrays for `unnest` (one query for all metrics). */
export function metricKeyRows(metrics: readonly MetricDef[]): MetricKeyRows {
  const rows: MetricKeyRows = { metric: [], key: [], part: [], scale: [], kind: [] };
  const push = (m: MetricDef, key: string, part: string) => {
    rows.metric.push(m.key);
    rows.key.push(key);
    rows.part.push(part);
    rows.scale.push(m.scale ?? 1);
    rows.kind.push(m.denominator === 'population' ? 'perCapita' : m.denominator ? 'ratio' : 'sum');
  };
  for (const m of metrics) {
    for (const key of m.numerator) push(m, key, 'num');
    if (Array.isArray(m.denominator)) for (const key of m.denominator) push(m, key, 'den');
  }
  return rows;
}

/** Looks up metric keys; throws naming the first unknown one. */
export function metricsByKeys(keys: readonly string[]): MetricDef[] {
  return keys.map((key) => {
    const metric = METRICS_BY_KEY[key];
    if (!metric) throw new UnknownMetricError(key);
    return metric;
  });
}

/** A metric key that is not in the catalogue; reaches the client with `extensions.code`. */
export class UnknownMetricError extends GraphQLError {
  constructor(readonly metric: string) {
    super(`Unknown metric "${metric}"; see the metrics query for the catalogue`, { extensions: { code: 'UNKNOWN_METRIC', metric } });
  }
}

/** GB/T 2260 code prefix of a region's subtree: 210000 → 21, 210500 → 2105, 210522 → 210522. */
export function regionPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** The parameters `METRIC_CTES` reads ($1..$5), in order. */
export function metricParams(metrics: readonly MetricDef[]): unknown[] {
  const rows = metricKeyRows(metrics);
  return [rows.metric, rows.key, rows.part, rows.scale, rows.kind];
}

/**
 * `metric_key` (one row per metric, value key and part) and `metric` (one row per metric),
 * from the arrays of `metricParams` as $1..$5.
 */
export const METRIC_CTES = `
metric_key AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::text[])
    AS t(metric, key, part, scale, kind)
),
metric AS (
  SELECT DISTINCT metric, scale, kind FROM metric_key
)`;

/**
 * The pre-aggregated figures (report_metric) of every metric for the reports of `reports`, a CTE
 * (report_id, revision_id, region_code, year) the caller defines first: rows (metric, report_id,
 * region_code, year, num, den).
 */
export function reportFiguresSql(reports: string): string {
  // Pre-aggregated when each revision was stored: one primary-key lookup per report and metric.
  // (A LATERAL subquery with LIMIT is never flattened: it stays a lookup whatever the row
  // estimates, where a hash join would scan every revision's metrics.)
  return `
  SELECT m.metric, s.report_id, s.region_code, s.year, rm.num, rm.den
  FROM ${reports} s
  CROSS JOIN metric m
  JOIN LATERAL (
    SELECT x.num, x.den FROM report_metric x WHERE x.revision_id = s.revision_id AND x.metric = m.metric LIMIT 1
  ) rm ON true`;
}

/** `report_part (metric, report_id, region_code, year, num, den)` of the reports of `scoped_report`. */
export const REPORT_PART_CTE = `
report_part AS (${reportFiguresSql('scoped_report')}
)`;

/**
 * Per-report figures of every metric, from a CTE `report_part` the caller defines first
 * (`REPORT_PART_CTE`, or a range of government_metric, which has the same columns).
 *
 * metric_value (metric, report_id, region_code, year, kind, scale, num, den, value):
 * - num: sum of the numerator cells; null when none of them is present (blank cells count as 0);
 * - den: sum of the denominator cells (null when none is present), the region's population for
 *   per-capita metrics (the census year closest to the report year), null for plain sums;
 * - value: num for sums, num / den × scale otherwise (null when den is 0 or null).
 * Roll-ups add num and den over reports and divide the sums: never an average of ratios.
 */
export const METRIC_VALUE_CTES = `
report_fraction AS (
  SELECT p.metric, p.report_id, p.region_code, p.year, m.kind, m.scale, p.num,
    CASE m.kind WHEN 'sum' THEN NULL
      -- A subquery in the CASE runs only for per-capita metrics, where a LATERAL join cost
      -- every row of every metric a pass through its nodes (national roll-up: 1.15× faster).
      WHEN 'perCapita' THEN (
        SELECT a.value FROM region_attribute a
        WHERE a.region_code = p.region_code AND a.key = 'population'
        ORDER BY abs(a.year - p.year), a.year DESC
        LIMIT 1)
      ELSE p.den END AS den
  FROM report_part p
  JOIN metric m ON m.metric = p.metric
  -- (The report's region and year come along from report_part: joining scoped_report again
  -- here was a second pass over it, and multiplied the planner's row estimates.)
),
metric_value AS (
  SELECT f.*,
    CASE WHEN f.kind = 'sum' THEN f.num ELSE f.num / NULLIF(f.den, 0) * f.scale END AS value
  FROM report_fraction f
)`;

/**
 * `yr (year)`: the years of the int[] parameter `param` or, when it is null, every year with a
 * report. The statement must start `WITH RECURSIVE`: the years are found by a loose scan of the
 * year index, one probe per year, where `SELECT DISTINCT year` read every report (19–22 ms
 * against 0.2–0.3 at 200,000 reports). A report has no current revision only inside the
 * transaction that creates it, so every report seen here has one.
 */
export function yearsCte(param: string): string {
  return `
report_year AS (
  SELECT min(r.year) AS year FROM report r WHERE ${param}::int[] IS NULL
  UNION ALL
  SELECT (SELECT min(r.year) FROM report r WHERE r.year > y.year) FROM report_year y WHERE y.year IS NOT NULL
),
yr AS (
  SELECT DISTINCT year FROM unnest(${param}::int[]) AS year
  UNION
  SELECT year FROM report_year WHERE year IS NOT NULL
)`;
}

/**
 * `government_report (report_id, revision_id, region_code, year, issuer_id, issuer_name)`: one
 * current report per region and year from the region's government, for the years of `years`
 * (SQL yielding a column `year`) and the issuers `issuerWhere` keeps (SQL over `i` issuer). A
 * region with several government issuers (printed names not yet merged) counts once: the first
 * attributed issuer's report.
 */
export function governmentReportCte(years: string, issuerWhere: string): string {
  // A report per issuer and year is unique: one probe of that index per government and year,
  // rather than a scan of every report, departments' included, at national scope.
  return `
government_report AS (
  SELECT DISTINCT ON (i.region_code, r.year)
    r.id AS report_id, r.current_revision_id AS revision_id, i.region_code, r.year,
    i.id AS issuer_id, i.name AS issuer_name
  FROM issuer i
  CROSS JOIN (${years}) AS y
  JOIN LATERAL (
    SELECT r.id, r.current_revision_id, r.year FROM report r
    WHERE r.issuer_id = i.id AND r.year = y.year AND r.current_revision_id IS NOT NULL
    LIMIT 1
  ) r ON true
  WHERE i.kind = 'government' AND i.region_code IS NOT NULL AND (${issuerWhere})
  ORDER BY i.region_code, r.year, i.id
)`;
}
