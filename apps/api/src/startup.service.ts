import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReportMetricsService } from './modules/analytics/report-metrics.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { SampleLoaderService } from './modules/ingest/sample-loader.service.js';
import { ReferenceDataService } from './modules/regions/reference-data.service.js';

/** Start-up work, in order: reference data (regions, population), pre-aggregated metrics, the sample reports. */
@Injectable()
export class StartupService implements OnApplicationBootstrap {
  constructor(
    private readonly referenceData: ReferenceDataService,
    private readonly samples: SampleLoaderService,
    private readonly reportMetrics: ReportMetricsService,
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.referenceData.ensureLoaded();
    await this.auth.ensureFirstAdmin();
    await this.reportMetrics.backfill(this.dataSource.manager);
    await this.samples.loadIfEmpty();
  }
}
