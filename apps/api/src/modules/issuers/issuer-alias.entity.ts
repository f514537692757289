import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IssuerEntity } from './issuer.entity.js';

/** Another name an issuer is printed under: a former name, an abbreviation, an OCR slip. */
@Entity('issuer_alias')
export class IssuerAliasEntity {
  @PrimaryColumn({ type: 'text' })
  alias: string;

  @PrimaryColumn({ name: 'issuer_id', type: 'integer' })
  issuerId: number;

  @Index('IDX_issuer_alias_issuer_id')
  @ManyToOne(() => IssuerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issuer_id' })
  issuer?: IssuerEntity;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
