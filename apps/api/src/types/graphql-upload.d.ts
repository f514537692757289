// graphql-upload 17 ships ESM with JSDoc types only; these declare the parts the API uses.

declare module 'graphql-upload/processRequest.mjs' {
  import type { Readable } from 'node:stream';

  /** A file of a GraphQL multipart request, as the Upload scalar resolves it. */
  export interface FileUpload {
    /** File name as the client sent it. */
    filename: string;
    /** MIME type as the client sent it: not to be trusted. */
    mimetype: string;
    encoding: string;
    /** A stream of the file's bytes; throws (or errors) when the file went over maxFileSize. */
    createReadStream(options?: { encoding?: BufferEncoding; highWaterMark?: number }): Readable;
  }

  export interface ProcessRequestOptions {
    maxFieldSize?: number;
    maxFileSize?: number;
    maxFiles?: number;
  }
}

declare module 'graphql-upload/graphqlUploadExpress.mjs' {
  import type { RequestHandler } from 'express';
  import type { ProcessRequestOptions } from 'graphql-upload/processRequest.mjs';

  export default function graphqlUploadExpress(options?: ProcessRequestOptions): RequestHandler;
}

declare module 'graphql-upload/GraphQLUpload.mjs' {
  import type { GraphQLScalarType } from 'graphql';

  const GraphQLUpload: GraphQLScalarType;
  export default GraphQLUpload;
}
