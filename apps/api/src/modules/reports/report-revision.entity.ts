import type { ParsedReport } from '@dlens/domain';

/** A parsed report as a revision keeps it: its values live in revision_values, not twice. */
export type StoredDocument = Omit<ParsedReport, 'values'>;

export function storedDocument(report: ParsedReport): StoredDocument {
  const { values: _values, ...rest } = report;
  return rest;
}
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReportEntity } from './report.entity.js';
import { SourceFileEntity } from './source-file.entity.js';

/** One parse of one original file for a report. Revisions are never changed once written. */
@Entity('report_revision')
@Index('UQ_report_revision_number', ['reportId', 'revisionNo'], { unique: true })
@Index('IDX_report_revision_synthetic', ['id'], { where: 'synthetic' })
export class ReportRevisionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'report_id', type: 'integer' })
  reportId: number;

  @ManyToOne(() => ReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: ReportEntity;

  @Column({ name: 'revision_no', type: 'integer' })
  revisionNo: number;

  @Index('IDX_report_revision_source_sha256')
  @Column({ name: 'source_sha256', type: 'char', length: 64 })
  sourceSha256: string;

  @ManyToOne(() => SourceFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_sha256' })
  source?: SourceFileEntity;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'parser_version', type: 'varchar', length: 32 })
  parserVersion: string;

  @Column({ type: 'varchar', length: 8 })
  template: string;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  /** The report declares itself synthetic test data (合成数据，仅供测试): a generated demo report. */
  @Column({ type: 'boolean', default: false })
  synthetic: boolean;

  /** The issuer's name as printed in the report. */
  @Column({ name: 'printed_issuer', type: 'text', nullable: true })
  printedIssuer: string | null;

  /** The parser's output without its values (those are in revision_values): template, missing rows, prose figures, findings. */
  @Column({ type: 'jsonb' })
  document: StoredDocument;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
