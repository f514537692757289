import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FindingFiltersArgs, FindingsArgs } from './dto/findings.args.js';
import { FindingConnectionModel, FindingCountsModel, FindingModel } from './finding.model.js';
import { FindingsService } from './findings.service.js';
import { IssuerModel } from './issuer.model.js';
import { required } from './report-detail.service.js';
import { ReportModel } from './report.model.js';
import { ReportLoadersFactory } from './report.loaders.js';

@Resolver(() => FindingModel)
export class FindingsResolver {
  constructor(
    private readonly findings: FindingsService,
    private readonly loaders: ReportLoadersFactory,
  ) {}

  @Query(() => FindingConnectionModel, {
    name: 'findings',
    description: 'Findings of the current revisions, in report order (newest year first), errors first; paged with first/after.',
  })
  findingList(@Args() args: FindingsArgs): Promise<FindingConnectionModel> {
    return this.findings.list(args);
  }

  @Query(() => FindingCountsModel, {
    description: 'Findings of the current revisions counted by rule and by severity under the same filters as findings (one query for the quality view).',
  })
  findingCounts(@Args() args: FindingFiltersArgs): Promise<FindingCountsModel> {
    return this.findings.counts(args);
  }

  @ResolveField(() => ReportModel)
  async report(@Parent() finding: FindingModel, @Context() context: object): Promise<ReportModel> {
    return required(await this.loaders.for(context).report.load(finding.reportId), `report ${finding.reportId}`);
  }

  @ResolveField(() => IssuerModel)
  async issuer(@Parent() finding: FindingModel, @Context() context: object): Promise<IssuerModel> {
    const loaders = this.loaders.for(context);
    const report = required(await loaders.report.load(finding.reportId), `report ${finding.reportId}`);
    return required(await loaders.issuer.load(report.issuerId), `issuer ${report.issuerId}`);
  }
}
