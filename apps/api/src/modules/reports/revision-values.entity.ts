import type { PackedProvenance } from '@dlens/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReportRevisionEntity } from './report-revision.entity.js';

/**
 * The cells of a revision, in one row: parallel arrays, one element per canonical key (a blank
 * cell has number null). Every query reads a revision's values whole, or unnests them in SQL
 * (`unnest(keys, numbers)`); one row a report instead of one row a cell made storing a report
 * about a third cheaper (BENCHMARKS.md, ingest). Keys are unique within a revision: the parser
 * returns one value per key.
 */
@Entity('revision_values')
@Check('CHK_revision_values_aligned', 'cardinality(numbers) = cardinality(keys) AND cardinality(raw) = cardinality(keys) AND cardinality(inferred) = cardinality(keys)')
export class RevisionValuesEntity {
  @PrimaryColumn({ name: 'revision_id', type: 'integer' })
  revisionId: number;

  @ManyToOne(() => ReportRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ReportRevisionEntity;

  @Column({ type: 'text', array: true })
  keys: string[];

  @Column({ type: 'double precision', array: true })
  numbers: (number | null)[];

  /** The text of each cell as printed. */
  @Column({ type: 'text', array: true })
  raw: string[];

  /** Whether each cell's boundary was recovered from run-together digits. */
  @Column({ type: 'boolean', array: true })
  inferred: boolean[];

  /** Where each value was read, in key order, packed (labels once each): only ever shown, never queried. */
  @Column({ type: 'json' })
  provenance: PackedProvenance;
}
