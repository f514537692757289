import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what: ingest, assign, re-parse, delete, user management. Never updated or deleted. */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('IDX_audit_event_at')
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** The account, or null for the command line and start-up. */
  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId: number | null;

  /** The account's name at the time, or `cli` / `system`. */
  @Column({ type: 'varchar', length: 64 })
  actor: string;

  @Index('IDX_audit_event_action')
  @Column({ type: 'varchar', length: 32 })
  action: string;

  /** What the action was about, e.g. `report 12`, `user analyst1`, `3 files`. */
  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;
}
