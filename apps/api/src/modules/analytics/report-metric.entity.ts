import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReportRevisionEntity } from '../reports/report-revision.entity.js';

/**
 * Every catalogue metric of a revision, pre-aggregated from its values when the revision is
 * stored: `num` and `den` are the sums of the metric's numerator and denominator cells (null
 * when none of them is present). Revisions never change, and queries read the current
 * revision's rows, so these stay correct under new revisions without any update.
 */
@Entity('report_metric')
export class ReportMetricEntity {
  @PrimaryColumn({ name: 'revision_id', type: 'integer' })
  revisionId: number;

  @PrimaryColumn({ type: 'varchar', length: 48 })
  metric: string;

  @ManyToOne(() => ReportRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ReportRevisionEntity;

  @Column({ type: 'double precision', nullable: true })
  num: number | null;

  @Column({ type: 'double precision', nullable: true })
  den: number | null;
}
