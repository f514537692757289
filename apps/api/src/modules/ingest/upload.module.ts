import { Module } from '@nestjs/common';
import { IngestResolver } from './ingest.resolver.js';
import { IngestModule } from './ingest.module.js';
import { UploadService } from './upload.service.js';

/** The GraphQL side of ingestion: the uploadReports mutation over IngestService. */
@Module({ imports: [IngestModule], providers: [UploadService, IngestResolver] })
export class UploadModule {}
