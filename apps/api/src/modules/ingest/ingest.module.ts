import { Module } from '@nestjs/common';
import { ReportMetricsService } from '../analytics/report-metrics.service.js';
import { IssuersModule } from '../issuers/issuers.module.js';
import { CrossReportFindingsService } from '../reports/cross-report-findings.service.js';
import { AdminResolver } from './admin.resolver.js';
import { AssignmentResolver } from './assignment.resolver.js';
import { BulkIngestService } from './bulk/bulk-ingest.service.js';
import { BulkStoreService } from './bulk/bulk-store.service.js';
import { IngestService } from './ingest.service.js';
import { ParserService } from './parser.service.js';
import { SampleLoaderService } from './sample-loader.service.js';

@Module({
  imports: [IssuersModule],
  providers: [CrossReportFindingsService, ReportMetricsService, ParserService, IngestService, BulkStoreService, BulkIngestService, SampleLoaderService, AssignmentResolver, AdminResolver],
  exports: [IngestService, BulkIngestService, SampleLoaderService, ReportMetricsService],
})
export class IngestModule {}
