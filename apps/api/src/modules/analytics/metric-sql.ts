import { METRICS_BY_KEY, type MetricDef } from '@dlens/domain';

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

export class UnknownMetricError extends Error {
  constructor(readonly metric: string) {
    super(`Unknown metric "${metric}"; see the metrics query for the catalogue`);
  }
}

/** GB/T 2260 code prefix of a region's subtree: 210000 → 21, 210500 → 2105, 210522 → 210522. */
export function regionPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/**
 * Values of metrics per current report. A sum is null when none of its cells is present
 * (blank cells count as 0); a ratio is null when its denominator is 0 or absent.
 * $1..$5: metric key rows (metric, key, part, scale, kind); $6 years; $7 issuer ids; $8 region code prefix.
 */
export const METRIC_VALUES_SQL = `
WITH metric_key AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::text[])
    AS t(metric, key, part, scale, kind)
),
metric AS (
  SELECT DISTINCT metric, scale, kind FROM metric_key
),
current_report AS (
  SELECT r.id AS report_id, r.year, r.current_revision_id, i.id AS issuer_id, i.name AS issuer_name, i.region_code
  FROM report r
  JOIN issuer i ON i.id = r.issuer_id
  WHERE r.current_revision_id IS NOT NULL
    AND ($6::int[] IS NULL OR r.year = ANY($6))
    AND ($7::int[] IS NULL OR i.id = ANY($7))
    AND ($8::text IS NULL OR i.region_code LIKE $8 || '%')
),
parts AS (
  SELECT mk.metric, c.report_id,
    count(v.key) FILTER (WHERE mk.part = 'num') AS num_cells,
    sum(coalesce(v.value, 0)) FILTER (WHERE mk.part = 'num') AS num,
    count(v.key) FILTER (WHERE mk.part = 'den') AS den_cells,
    sum(coalesce(v.value, 0)) FILTER (WHERE mk.part = 'den') AS den
  FROM current_report c
  CROSS JOIN metric_key mk
  LEFT JOIN report_value v ON v.revision_id = c.current_revision_id AND v.key = mk.key
  GROUP BY mk.metric, c.report_id
)
SELECT p.metric, c.report_id AS "reportId", c.issuer_id AS "issuerId", c.issuer_name AS "issuerName",
  c.region_code AS "regionCode", c.year,
  CASE
    WHEN p.num_cells = 0 THEN NULL
    WHEN m.kind = 'sum' THEN p.num
    WHEN m.kind = 'perCapita' THEN p.num / NULLIF(pop.value, 0) * m.scale
    WHEN p.den_cells = 0 THEN NULL
    ELSE p.num / NULLIF(p.den, 0) * m.scale
  END AS value
FROM parts p
JOIN metric m ON m.metric = p.metric
JOIN current_report c ON c.report_id = p.report_id
LEFT JOIN LATERAL (
  SELECT a.value FROM region_attribute a
  WHERE m.kind = 'perCapita' AND a.region_code = c.region_code AND a.key = 'population'
  ORDER BY abs(a.year - c.year), a.year DESC
  LIMIT 1
) pop ON true
ORDER BY p.metric, c.year, c.issuer_name, c.report_id
`;
