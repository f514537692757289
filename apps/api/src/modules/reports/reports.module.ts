import { Module } from '@nestjs/common';
import { FilesController } from './files.controller.js';
import { FilesService } from './files.service.js';
import { FindingsResolver } from './findings.resolver.js';
import { FindingsService } from './findings.service.js';
import { IssuerResolver } from './issuer.resolver.js';
import { RegionResolver } from './region.resolver.js';
import { ReportDetailService } from './report-detail.service.js';
import { ReportRevisionResolver } from './report-revision.resolver.js';
import { ReportResolver } from './report.resolver.js';
import { ReportLoadersFactory } from './report.loaders.js';
import { ReportsResolver } from './reports.resolver.js';
import { ReportsService } from './reports.service.js';

@Module({
  controllers: [FilesController],
  providers: [
    ReportsService,
    FindingsService,
    FilesService,
    ReportDetailService,
    ReportLoadersFactory,
    ReportsResolver,
    ReportResolver,
    ReportRevisionResolver,
    IssuerResolver,
    RegionResolver,
    FindingsResolver,
  ],
  exports: [ReportsService],
})
export class ReportsModule {}
