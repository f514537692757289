import { Injectable, Logger } from '@nestjs/common';
import { METRICS } from '@dlens/domain';
import type { EntityManager } from 'typeorm';
import { governmentReportCte, METRIC_CTES, metricParams } from './metric-sql.js';

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

/** A region and year whose government figures (government_metric) are recomputed. */
interface RegionYear {
  readonly regionCode: string;
  readonly year: number;
}

/** Keeps report_metric (metrics pre-aggregated per revision) and government_metric complete. */
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
   * Brings government_metric up to date for the reports of these issuers and years, after their
   * current revision changed or they were deleted: inside the same transaction, as its last
   * step. A region whose government publishes under two names not yet merged counts once (the
   * first attributed issuer's report, as `governmentReportCte` says), so the whole region and
   * year is recomputed. Department reports change nothing.
   */
  async refreshGovernmentMetrics(manager: EntityManager, reports: readonly { issuerId: number; year: number }[]): Promise<void> {
    if (reports.length === 0) return;
    const targets = (await manager.query(
      `SELECT DISTINCT i.region_code AS "regionCode", k.year
         FROM unnest($1::int[], $2::int[]) AS k(issuer_id, year)
         JOIN issuer i ON i.id = k.issuer_id
        WHERE i.kind = 'government' AND i.region_code IS NOT NULL`,
      [reports.map((r) => r.issuerId), reports.map((r) => r.year)],
    )) as RegionYear[];
    await this.refreshRegionYears(manager, targets);
  }

  private async refreshRegionYears(manager: EntityManager, targets: readonly RegionYear[]): Promise<void> {
    if (targets.length === 0) return;
    const codes = targets.map((t) => t.regionCode);
    const years = targets.map((t) => t.year);
    // Two transactions refreshing the same region (two government issuers of one region stored
    // at once) take turns, so the second sees what the first stored; in code order, so they
    // cannot deadlock on these locks.
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext('government_metric ' || code)) FROM (SELECT DISTINCT unnest($1::text[]) AS code ORDER BY 1) c`,
      [codes],
    );
    await manager.query(
      `DELETE FROM government_metric g USING unnest($1::text[], $2::int[]) AS t(region_code, year)
        WHERE g.region_code = t.region_code AND g.year = t.year`,
      [codes, years],
    );
    await manager.query(
      `WITH target AS (SELECT DISTINCT * FROM unnest($1::text[], $2::int[]) AS t(region_code, year)),
       ${governmentReportCte('SELECT DISTINCT year FROM target', 'i.region_code IN (SELECT region_code FROM target)')}
       INSERT INTO government_metric (metric, year, region_code, report_id, num, den)
       SELECT m.metric, g.year, g.region_code, g.report_id, m.num, m.den
         FROM government_report g
         JOIN target t ON t.region_code = g.region_code AND t.year = g.year
         JOIN report_metric m ON m.revision_id = g.revision_id`,
      [codes, years],
    );
  }

  /**
   * At start: computes what is missing, e.g. after a new metric was added to the catalogue or
   * for revisions stored before report_metric existed, and rebuilds government_metric when it
   * changed that or when government_metric is new. Nothing to do normally (two cheap queries).
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
    const added = row?.n ?? 0;
    if (added > 0) this.logger.log(`Pre-aggregated ${added} metric figures for earlier revisions`);
    const [government] = (await manager.query(`SELECT EXISTS (SELECT 1 FROM government_metric) AS filled`)) as { filled: boolean }[];
    if (government?.filled && added === 0) return;
    await manager.transaction(async (tx) => {
      await tx.query('DELETE FROM government_metric');
      const targets = (await tx.query(
        `SELECT DISTINCT i.region_code AS "regionCode", r.year
           FROM report r JOIN issuer i ON i.id = r.issuer_id
          WHERE i.kind = 'government' AND i.region_code IS NOT NULL AND r.current_revision_id IS NOT NULL`,
      )) as RegionYear[];
      await this.refreshRegionYears(tx, targets);
      if (targets.length > 0) this.logger.log(`Rebuilt the government figures of ${targets.length} regions and years`);
    });
  }
}
