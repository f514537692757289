import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReportRevisionEntity } from './report-revision.entity.js';

/** A hash of one table of a revision, to find tables copied from another report with one index lookup. */
@Entity('table_fingerprint')
@Index('IDX_table_fingerprint_hash', ['tableKey', 'hash'])
export class TableFingerprintEntity {
  @PrimaryColumn({ name: 'revision_id', type: 'integer' })
  revisionId: number;

  @PrimaryColumn({ name: 'table_key', type: 'varchar', length: 24 })
  tableKey: string;

  @ManyToOne(() => ReportRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ReportRevisionEntity;

  /** md5 of the table's values (all-zero tables get none: zeros are no evidence of copying). */
  @Column({ type: 'char', length: 32 })
  hash: string;
}
