import type { NextFunction, Request, RequestHandler, Response } from 'express';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import { UploadErrorCode } from './upload.errors.js';

/** Most files one upload request may carry. */
export const UPLOAD_MAX_FILES = 50;

export interface UploadLimits {
  /** Largest file in bytes: a bigger file fails on its own (named in the result), the others go on. */
  readonly maxFileSize: number;
  readonly maxFiles: number;
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 400;
}

/**
 * graphql-upload's Express middleware for GraphQL multipart requests (files → Upload scalars),
 * with its request-level errors (too many files, a malformed multipart body) answered as GraphQL
 * errors with an `extensions.code` instead of Express's HTML error page.
 *
 * Apollo Server's CSRF prevention still applies after it: multipart/form-data is a "simple"
 * content type, so clients must send the header `apollo-require-preflight: true`.
 */
export function uploadMiddleware(limits: UploadLimits, mayUpload: (req: Request) => Promise<boolean>): RequestHandler {
  const upload = graphqlUploadExpress({ maxFileSize: limits.maxFileSize, maxFiles: limits.maxFiles });
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.is('multipart/form-data')) return next();
    // Only an admin may upload: refuse before graphql-upload reads (and buffers) any file.
    void mayUpload(req).then((allowed) => {
      if (!allowed) {
        res.status(401).json({ errors: [{ message: 'sign in as admin to upload reports', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      receive(req, res, next);
    }, next);
  };

  function receive(req: Request, res: Response, next: NextFunction): void {
    void upload(req, res, (error?: unknown) => {
      if (error === undefined || error === null) return next();
      const status = statusOf(error);
      const tooMany = status === 413 && /max file uploads exceeded/.test(String((error as Error).message));
      const message = tooMany
        ? `Too many files: one upload takes at most ${limits.maxFiles} files; send the rest in another request`
        : `Bad upload request: ${(error as Error).message}`;
      const code = tooMany ? UploadErrorCode.TooManyFiles : UploadErrorCode.BadMultipartRequest;
      res.status(status).json({ errors: [{ message, extensions: { code, ...(tooMany ? { maxFiles: limits.maxFiles } : {}) } }] });
    });
  }
}
