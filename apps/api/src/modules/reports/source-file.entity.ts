import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An original report file, stored once by content hash. */
@Entity('source_file')
export class SourceFileEntity {
  @PrimaryColumn({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea' })
  content: Buffer;

  @Column({ type: 'integer' })
  size: number;

  @Column({ name: 'media_type', type: 'text' })
  mediaType: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
