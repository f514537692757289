import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ReportsArgs } from './dto/reports.args.js';
import { IssuerModel } from './issuer.model.js';
import { required } from './report-detail.service.js';
import { ReportConnectionModel, ReportSummaryModel } from './report-summary.model.js';
import { ReportLoadersFactory } from './report.loaders.js';
import { ReportsService } from './reports.service.js';

@Resolver(() => ReportSummaryModel)
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly loaders: ReportLoadersFactory,
  ) {}

  @Query(() => ReportConnectionModel, {
    name: 'reports',
    description: 'Current reports, filtered, newest year first then by issuer name; paged with first/after.',
  })
  reportList(@Args() args: ReportsArgs): Promise<ReportConnectionModel> {
    return this.reports.list(args);
  }

  @Query(() => Int, {
    description: 'How many current reports declare themselves synthetic test data (合成数据，仅供测试): when not 0, the figures shown include invented ones.',
  })
  syntheticReportCount(): Promise<number> {
    return this.reports.syntheticCount();
  }

  @ResolveField(() => IssuerModel)
  async issuer(@Parent() report: ReportSummaryModel, @Context() context: object): Promise<IssuerModel> {
    return required(await this.loaders.for(context).issuer.load(report.issuerId), `issuer ${report.issuerId}`);
  }
}
