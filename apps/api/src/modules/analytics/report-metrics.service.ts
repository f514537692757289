import { Injectable, Logger } from '@nestjs/common';
import { METRICS } from '@dlens/domain';
import type { EntityManager } from 'typeorm';
import { METRIC_CTES, metricParams } from './metric-sql.js';

/**
 * The pivot of values into metric sums, in SQL, for the revisions in `revision` (a CTE the
 * caller defines): one row per revision and catalogue metric. Blank cells count as 0; a sum
 * with none of its cells present is null.
 */
const PIVOT_SQL = `
SELECT rv.id AS revision_id, mk.metric,
  CASE WHEN count(v.key) FILTER (WHERE mk.part = 'num') > 0
    THEN sum(coalesce(v.value, 0)) FILTER (WHERE mk.part = 'num') END AS num,
  CASE WHEN count(v.key) FILTER (WHERE mk.part = 'den') > 0
    THEN sum(coalesce(v.value, 0)) FILTER (WHERE mk.part = 'den') END AS den
FROM revision rv
CROSS JOIN metric_key mk
LEFT JOIN (
  SELECT x.revision_id, c.key, c.value
  FROM revision r
  JOIN revision_values x ON x.revision_id = r.id
  CROSS JOIN LATERAL unnest(x.keys, x.numbers) AS c(key, value)
) v ON v.revision_id = rv.id AND v.key = mk.key
GROUP BY rv.id, mk.metric`;

/** Keeps report_metric (metrics pre-aggregated per revision) complete. */
@Injectable()
export class ReportMetricsService {
  private readonly logger = new Logger(ReportMetricsService.name);

  /** Pre-aggregates the metrics of new revisions, inside the transaction that stored them. */
  async computeFor(manager: EntityManager, revisionIds: readonly number[]): Promise<void> {
    if (revisionIds.length === 0) return;
    await manager.query(
      `WITH ${METRIC_CTES}, revision AS (SELECT unnest($6::int[]) AS id)
       INSERT INTO report_metric (revision_id, metric, num, den) ${PIVOT_SQL}`,
      [...metricParams(METRICS), revisionIds],
    );
  }

  /**
   * At start: computes what is missing, e.g. after a new metric was added to the catalogue or
   * for revisions stored before report_metric existed. One statement; nothing to do normally.
   */
  async backfill(manager: EntityManager): Promise<void> {
    const [row] = (await manager.query(
      `WITH ${METRIC_CTES},
       revision AS (
         SELECT v.id FROM report_revision v
         WHERE (SELECT count(*) FROM report_metric m WHERE m.revision_id = v.id) < (SELECT count(*) FROM metric)
       ),
       missing AS (${PIVOT_SQL}),
       inserted AS (
         INSERT INTO report_metric (revision_id, metric, num, den)
         SELECT * FROM missing ON CONFLICT (revision_id, metric) DO NOTHING RETURNING 1
       )
       SELECT count(*)::int AS n FROM inserted`,
      metricParams(METRICS),
    )) as { n: number }[];
    if (row && row.n > 0) this.logger.log(`Pre-aggregated ${row.n} metric figures for earlier revisions`);
  }
}
