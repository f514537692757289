import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

export type RegionLevel = 'province' | 'prefecture' | 'county';

/** A division of the GB/T 2260 list: province → prefecture → county level. */
@Entity('region')
export class RegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  @Index('IDX_region_name')
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  level: RegionLevel;

  @Index('IDX_region_parent_code')
  @Column({ name: 'parent_code', type: 'varchar', length: 6, nullable: true })
  parentCode: string | null;

  @ManyToOne(() => RegionEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_code' })
  parent?: RegionEntity | null;
}
