import type { RuleId, Severity } from '@dlens/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReportEntity } from './report.entity.js';
import { ReportRevisionEntity } from './report-revision.entity.js';

/** A broken consistency rule of a report revision (single-report or cross-report). */
@Entity('finding')
export class FindingEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('IDX_finding_report_id')
  @Column({ name: 'report_id', type: 'integer' })
  reportId: number;

  @ManyToOne(() => ReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: ReportEntity;

  // INCLUDE (rule, severity) (migration 1795780000001): the counts by rule and severity read the
  // index alone. TypeORM cannot declare INCLUDE and would recreate the index without it: the
  // migration owns it.
  @Index('IDX_finding_revision_id', { synchronize: false })
  @Column({ name: 'revision_id', type: 'integer' })
  revisionId: number;

  @ManyToOne(() => ReportRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ReportRevisionEntity;

  @Index('IDX_finding_rule')
  @Column({ type: 'varchar', length: 48 })
  rule: RuleId;

  @Column({ type: 'varchar', length: 8 })
  severity: Severity;

  @Column({ type: 'varchar', length: 16 })
  scope: 'report' | 'crossReport';

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'jsonb' })
  cells: string[];

  @Column({ type: 'double precision', nullable: true })
  expected: number | null;

  @Column({ type: 'double precision', nullable: true })
  actual: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
