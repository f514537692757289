import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** An original file as stored, with the name and text encoding of a revision read from it. */
export interface StoredFile {
  readonly sha256: string;
  readonly content: Buffer;
  readonly size: number;
  readonly mediaType: string;
  /** File name of the revision asked for, else of the newest revision of this file. */
  readonly fileName: string | null;
  /** Text encoding the parser detected (text and HTML), for the Content-Type charset. */
  readonly encoding: string | null;
}

/** Original files, stored once by SHA-256 (several revisions, even of different reports, may share one). */
@Injectable()
export class FilesService {
  constructor(private readonly dataSource: DataSource) {}

  async find(sha256: string, revisionId: number | null): Promise<StoredFile | null> {
    const rows: StoredFile[] = await this.dataSource.query(
      `SELECT s.sha256, s.content, s.size, s.media_type AS "mediaType", v.file_name AS "fileName", v.encoding
         FROM source_file s
         LEFT JOIN LATERAL (
           SELECT v.file_name, v.document->'source'->>'encoding' AS encoding
             FROM report_revision v
            WHERE v.source_sha256 = s.sha256
            ORDER BY (v.id = $2::int) DESC, v.id DESC
            LIMIT 1
         ) v ON true
        WHERE s.sha256 = $1`,
      [sha256, revisionId],
    );
    return rows[0] ?? null;
  }
}
