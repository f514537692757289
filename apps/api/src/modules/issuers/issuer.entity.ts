import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RegionEntity } from '../regions/region.entity.js';

export type IssuerKind = 'government' | 'department';

/** A body that publishes annual reports: a government (人民政府, 管委会) or one of its departments. */
@Entity('issuer')
@Index('UQ_issuer_region_name', ['regionCode', 'name'], { unique: true })
export class IssuerEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('IDX_issuer_name')
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: IssuerKind;

  // With varchar_pattern_ops (migration 1795780000000), for a region's subtree by code prefix;
  // TypeORM cannot declare an operator class, nor does its drift check see one.
  @Index('IDX_issuer_region_code')
  @Column({ name: 'region_code', type: 'varchar', length: 6, nullable: true })
  regionCode: string | null;

  @ManyToOne(() => RegionEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: RegionEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
