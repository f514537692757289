import { Module } from '@nestjs/common';
import { IssuersModule } from '../issuers/issuers.module.js';
import { CrossReportFindingsService } from '../reports/cross-report-findings.service.js';
import { AssignmentResolver } from './assignment.resolver.js';
import { IngestService } from './ingest.service.js';
import { SampleLoaderService } from './sample-loader.service.js';

@Module({
  imports: [IssuersModule],
  providers: [CrossReportFindingsService, IngestService, SampleLoaderService, AssignmentResolver],
  exports: [IngestService, SampleLoaderService],
})
export class IngestModule {}
