import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { IssuerEntity } from '../issuers/issuer.entity.js';

/** One issuer's report for one year; its figures are those of the current revision. */
@Entity('report')
@Index('UQ_report_issuer_year', ['issuerId', 'year'], { unique: true })
export class ReportEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'issuer_id', type: 'integer' })
  issuerId: number;

  @ManyToOne(() => IssuerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issuer_id' })
  issuer?: IssuerEntity;

  @Index('IDX_report_year')
  @Column({ type: 'integer' })
  year: number;

  /** The revision whose values count; null only inside the transaction that creates the report. */
  @Index('UQ_report_current_revision', { unique: true })
  @Column({ name: 'current_revision_id', type: 'integer', nullable: true })
  currentRevisionId: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
