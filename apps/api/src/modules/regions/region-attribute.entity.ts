import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RegionEntity } from './region.entity.js';

/** A figure about a region (e.g. resident population) for a year, with its source. */
@Entity('region_attribute')
export class RegionAttributeEntity {
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ type: 'text' })
  source: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_code' })
  region?: RegionEntity;
}
