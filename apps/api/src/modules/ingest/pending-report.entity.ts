import type { ParsedReport } from '@dlens/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReportEntity } from '../reports/report.entity.js';
import { SourceFileEntity } from '../reports/source-file.entity.js';

/** A candidate region for a report whose issuer could not be attributed on its own. */
export interface AttributionCandidate {
  readonly regionCode: string;
  readonly regionName: string;
  readonly path: string;
}

/** A parsed report waiting for a person to say whose it is ("needs assignment"). */
@Entity('pending_report')
@Index('UQ_pending_report_open_source', ['sourceSha256'], { unique: true, where: 'resolved_at IS NULL' })
export class PendingReportEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'source_sha256', type: 'char', length: 64 })
  sourceSha256: string;

  @ManyToOne(() => SourceFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_sha256' })
  source?: SourceFileEntity;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'printed_issuer', type: 'text', nullable: true })
  printedIssuer: string | null;

  @Column({ type: 'integer' })
  year: number;

  /** Why the report could not be attributed, in one sentence. */
  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'jsonb' })
  candidates: AttributionCandidate[];

  @Column({ type: 'jsonb' })
  document: ParsedReport;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'report_id', type: 'integer', nullable: true })
  reportId: number | null;

  @ManyToOne(() => ReportEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'report_id' })
  report?: ReportEntity | null;
}
