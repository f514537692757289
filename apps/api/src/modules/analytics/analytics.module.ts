import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module.js';
import { AnalyticsResolver } from './analytics.resolver.js';
import { AnalyticsService } from './analytics.service.js';
import { BenchmarkResolver } from './benchmark.resolver.js';
import { BenchmarkService } from './benchmark.service.js';
import { CoverageResolver } from './coverage.resolver.js';
import { CoverageService } from './coverage.service.js';
import { RollupResolver } from './rollup.resolver.js';
import { RollupService } from './rollup.service.js';

@Module({
  imports: [RegionsModule],
  providers: [
    AnalyticsService,
    AnalyticsResolver,
    RollupService,
    RollupResolver,
    BenchmarkService,
    BenchmarkResolver,
    CoverageService,
    CoverageResolver,
  ],
})
export class AnalyticsModule {}
