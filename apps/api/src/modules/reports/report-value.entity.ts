import type { Provenance } from '@dlens/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReportRevisionEntity } from './report-revision.entity.js';

/**
 * One cell of a revision, by canonical key. A blank cell has value null. Every query reads
 * values by revision (the primary key's prefix); there is no index on the key alone.
 */
@Entity('report_value')
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

  /**
   * JSON text, not jsonb: provenance is only ever shown, never queried, and parsing hundreds of
   * small jsonb values per report was the largest cost of bulk ingestion. Read it as `provenance::json`.
   */
  @Column({ type: 'text', transformer: { to: (p: Provenance) => JSON.stringify(p), from: (text: string) => JSON.parse(text) as Provenance } })
  provenance: Provenance;
}
