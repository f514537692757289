import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { ReportSummaryModel } from './report-summary.model.js';
import { ReportsService } from './reports.service.js';

@Resolver(() => ReportSummaryModel)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Query(() => [ReportSummaryModel], { name: 'reports', description: 'Reports with their current revision.' })
  reportList(@Args('year', { type: () => Int, nullable: true }) year: number | null): Promise<ReportSummaryModel[]> {
    return this.reports.list(year ?? null);
  }
}
