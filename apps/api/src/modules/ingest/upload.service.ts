import { Inject, Injectable, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/tokens.js';
import type { IngestOutcome } from './ingest-outcome.js';
import { AuditService } from '../auth/audit.service.js';
import type { UserEntity } from '../auth/user.entity.js';
import { IngestService } from './ingest.service.js';
import type { UploadedFileModel, UploadResultModel } from './upload-result.model.js';
import { UploadErrorCode } from './upload.errors.js';

class FileTooLargeError extends Error {}

/** The name part of what the client sent (some browsers send a path), never empty. */
function cleanFileName(name: string | undefined, index: number): string {
  const last = (name ?? '').split(/[\\/]/).pop() ?? '';
  // Control characters would break log lines and the Content-Disposition of the download.
  const base = [...last].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f).join('').trim();
  return (base || `file-${index + 1}`).slice(0, 255);
}

function describeLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes} bytes (${+(bytes / 1024 / 1024).toFixed(1)} MiB)` : `${bytes} bytes`;
}

/** Reads an upload into memory, stopping as soon as it is over the limit. */
async function readUpload(upload: FileUpload, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of upload.createReadStream()) {
      const bytes = chunk as Buffer;
      size += bytes.length;
      if (size > limit) throw new FileTooLargeError();
      chunks.push(bytes);
    }
  } catch (error) {
    // graphql-upload stops a file at maxFileSize with an HTTP 413 error.
    if ((error as { status?: number }).status === 413) throw new FileTooLargeError();
    throw error;
  }
  return Buffer.concat(chunks);
}

/**
 * Ingests the files of an upload one after the other, each in its own transaction (inside
 * IngestService): a file that fails is reported and stores nothing, and the batch goes on.
 */
@Injectable()
export class UploadService {
  private readonly logger = new Logger(UploadService.name);

  constructor(
    private readonly ingest: IngestService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ingestUploads(files: readonly Promise<FileUpload>[], actor: UserEntity): Promise<UploadResultModel> {
    if (files.length === 0) {
      throw new GraphQLError('uploadReports needs at least one file', { extensions: { code: UploadErrorCode.NoFiles } });
    }
    const results: UploadedFileModel[] = [];
    for (const [index, file] of files.entries()) results.push(await this.ingestOne(file, index));
    const counts = new Map<string, number>();
    for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    const totals = [...counts].map(([status, count]) => ({ status, count })).sort((a, b) => a.status.localeCompare(b.status));
    this.logger.log(`Upload of ${results.length} file(s): ${totals.map((t) => `${t.count} ${t.status}`).join(', ')}`);
    await this.audit.record(actor, 'ingest', `${results.length} file(s) uploaded`, {
      files: results.map((r) => ({ fileName: r.fileName, status: r.status, reportId: r.reportId, reason: r.reason })),
    });
    return { files: results, totals };
  }

  private async ingestOne(pending: Promise<FileUpload>, index: number): Promise<UploadedFileModel> {
    let upload: FileUpload;
    try {
      upload = await pending;
    } catch (error) {
      return failed(`file-${index + 1}`, `was not received (${(error as Error).message})`);
    }
    const fileName = cleanFileName(upload.filename, index);
    const limit = this.config.UPLOAD_MAX_BYTES;
    let bytes: Buffer;
    try {
      bytes = await readUpload(upload, limit);
    } catch (error) {
      if (error instanceof FileTooLargeError) return failed(fileName, `is larger than the upload limit of ${describeLimit(limit)}`);
      return failed(fileName, `the upload was interrupted (${(error as Error).message})`);
    }
    try {
      return fromOutcome(await this.ingest.ingest(bytes, fileName));
    } catch (error) {
      this.logger.error(`${fileName}: ingest failed`, (error as Error).stack);
      return failed(fileName, 'could not be stored because of a server error (logged on the server)');
    }
  }
}

function failed(fileName: string, reason: string): UploadedFileModel {
  return { fileName, status: 'failed', reportId: null, revisionNo: null, reason: `${fileName}: ${reason}`, pendingId: null };
}

/** Copies the fields the API shows; any status, also one added later, passes through as is. */
function fromOutcome(outcome: IngestOutcome): UploadedFileModel {
  return {
    fileName: outcome.fileName,
    status: outcome.status,
    reportId: outcome.reportId,
    revisionNo: outcome.revisionNo,
    reason: outcome.reason,
    pendingId: outcome.pendingId ?? null,
  };
}
