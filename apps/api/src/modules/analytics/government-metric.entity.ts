import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReportEntity } from '../reports/report.entity.js';

/**
 * The figures of each region's government report, per metric and year: the report_metric rows
 * of the current revision of the report that stands for the region (`governmentReportCte`), with
 * its region and year beside them. Roll-ups over every county of the country read a range of
 * this table instead of finding each government's report and its figures one by one (about
 * 6,000 lookups of two indexes for two years).
 *
 * Derived data, kept by ReportMetricsService.refreshGovernmentMetrics whenever a report gets a
 * new current revision or is deleted, in the same transaction (issuers never change region or
 * kind), and rebuilt at start when the catalogue gains a metric.
 *
 * The primary key INCLUDEs report_id, num and den (migration GovernmentMetricCoveringKey, which
 * TypeORM's decorators cannot express), so that roll-ups read their ranges from the index alone.
 */
@Entity('government_metric')
// Refreshing a region and year finds its rows by this index (the primary key leads with the metric).
@Index('IDX_government_metric_region_year', ['regionCode', 'year'])
export class GovernmentMetricEntity {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  metric: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Index('IDX_government_metric_report')
  @Column({ name: 'report_id', type: 'integer' })
  reportId: number;

  @ManyToOne(() => ReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: ReportEntity;

  @Column({ type: 'double precision', nullable: true })
  num: number | null;

  @Column({ type: 'double precision', nullable: true })
  den: number | null;
}
