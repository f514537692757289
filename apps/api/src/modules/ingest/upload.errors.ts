/** Error codes of uploads, sent to clients as `extensions.code`. */
export const UploadErrorCode = {
  /** More files in one request than the server takes. */
  TooManyFiles: 'UPLOAD_TOO_MANY_FILES',
  /** A multipart request that does not follow the GraphQL multipart request spec. */
  BadMultipartRequest: 'UPLOAD_BAD_REQUEST',
  /** uploadReports called with an empty list. */
  NoFiles: 'UPLOAD_NO_FILES',
} as const;
