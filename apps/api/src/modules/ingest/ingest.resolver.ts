import { Args, Mutation, Resolver } from '@nestjs/graphql';
import GraphQLUpload from 'graphql-upload/GraphQLUpload.mjs';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { CurrentUser } from '../auth/auth.decorators.js';
import type { UserEntity } from '../auth/user.entity.js';
import { UploadResultModel } from './upload-result.model.js';
import { UPLOAD_MAX_FILES } from './upload.middleware.js';
import { UploadService } from './upload.service.js';

@Resolver(() => UploadResultModel)
export class IngestResolver {
  constructor(private readonly uploads: UploadService) {}

  @Mutation(() => UploadResultModel, {
    description:
      'Ingests report files (text, HTML, Word .docx and .doc, PDF) sent as a GraphQL multipart request ' +
      '(https://github.com/jaydenseric/graphql-multipart-request-spec), as an admin. Send the header ' +
      '`apollo-require-preflight: true` (CSRF prevention). Each file is stored in its own transaction; ' +
      `a file that fails is listed with its reason and the others go on. At most ${UPLOAD_MAX_FILES} files, each at most UPLOAD_MAX_BYTES.`,
  })
  uploadReports(
    @Args({ name: 'files', type: () => [GraphQLUpload] }) files: Promise<FileUpload>[],
    @CurrentUser() actor: UserEntity,
  ): Promise<UploadResultModel> {
    return this.uploads.ingestUploads(files, actor);
  }
}
