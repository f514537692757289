import type { Provenance } from '@dlens/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReportRevisionEntity } from './report-revision.entity.js';

/** One cell of a revision, by canonical key. A blank cell has value null. */
@Entity('report_value')
@Index('IDX_report_value_key', ['key'])
export class ReportValueEntity {
  @PrimaryColumn({ name: 'revision_id', type: 'integer' })
  revisionId: number;

  @PrimaryColumn({ type: 'varchar', length: 96 })
  key: string;

  @ManyToOne(() => ReportRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ReportRevisionEntity;

  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  @Column({ type: 'text' })
  raw: string;

  @Column({ type: 'boolean', default: false })
  inferred: boolean;

  @Column({ type: 'jsonb' })
  provenance: Provenance;
}
