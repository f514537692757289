import { BadRequestException, Controller, Get, NotFoundException, Param, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { attachmentDisposition } from './content-disposition.js';
import { FilesService } from './files.service.js';

/** Error codes of GET /files, in the JSON body next to statusCode and message. */
export const FilesErrorCode = { BadSha256: 'BAD_SHA256', BadRevision: 'BAD_REVISION', FileNotFound: 'FILE_NOT_FOUND' } as const;

const EXTENSIONS: Readonly<Record<string, string>> = {
  'text/plain': '.txt',
  'text/html': '.html',
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/msword': '.doc',
};

/**
 * GET /files/:sha256[?revision=id]: the original report file, byte for byte, as an attachment
 * named after the revision's file name. Content addressed, so it never changes: cached for good.
 */
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Get(':sha256')
  async download(
    @Param('sha256') sha256: string,
    @Query('revision') revision: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    if (!/^[0-9a-fA-F]{64}$/.test(sha256)) {
      throw new BadRequestException({
        statusCode: 400,
        code: FilesErrorCode.BadSha256,
        message: `"${sha256.slice(0, 80)}" is not a SHA-256: expected 64 hexadecimal digits`,
      });
    }
    if (revision !== undefined && !/^\d{1,9}$/.test(revision)) {
      throw new BadRequestException({ statusCode: 400, code: FilesErrorCode.BadRevision, message: `revision must be a revision id (got "${revision}")` });
    }
    const hash = sha256.toLowerCase();
    const file = await this.files.find(hash, revision === undefined ? null : Number(revision));
    if (!file) {
      throw new NotFoundException({ statusCode: 404, code: FilesErrorCode.FileNotFound, message: `No stored file has SHA-256 ${hash}` });
    }
    const textual = file.mediaType.startsWith('text/');
    const charset = textual && file.encoding ? `; charset=${file.encoding}` : '';
    res.set({
      'Content-Type': `${file.mediaType}${charset}`,
      'Content-Disposition': attachmentDisposition(file.fileName ?? `${hash}${EXTENSIONS[file.mediaType] ?? ''}`),
      'Content-Length': String(file.content.length),
      ETag: `"${hash}"`,
      'Cache-Control': 'private, max-age=31536000, immutable',
      // An uploaded HTML original must never run as a page of this origin.
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
    return new StreamableFile(file.content);
  }
}
