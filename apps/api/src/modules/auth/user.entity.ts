import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type Role = 'admin' | 'analyst' | 'countyLead';

/**
 * An account. admin: ingest, assign, re-parse, delete, manage users; analyst: read and
 * export; countyLead: read, views default to the lead's region.
 */
@Entity('user_account')
export class UserEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('UQ_user_account_username', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  /** scrypt$N$r$p$salt$hash (base64), see password.ts. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  /** For a county lead: the region their views default to. */
  @Column({ name: 'region_code', type: 'varchar', length: 6, nullable: true })
  regionCode: string | null;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
