import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FindingModel } from './finding.model.js';
import { NarrativeFigureModel } from './narrative-figure.model.js';
import { ReportDetailService, required } from './report-detail.service.js';
import { ReportRevisionModel } from './report-revision.model.js';
import { ReportTableModel } from './report-table.model.js';
import { ReportModel } from './report.model.js';
import { ReportLoadersFactory } from './report.loaders.js';

@Resolver(() => ReportRevisionModel)
export class ReportRevisionResolver {
  constructor(
    private readonly loaders: ReportLoadersFactory,
    private readonly detail: ReportDetailService,
  ) {}

  @Query(() => ReportRevisionModel, { nullable: true, description: 'A revision by id (also an older one); null when there is none.' })
  revision(@Args('id', { type: () => Int }) id: number, @Context() context: object): Promise<ReportRevisionModel | null> {
    return this.loaders.for(context).revision.load(id);
  }

  @ResolveField(() => ReportModel)
  async report(@Parent() revision: ReportRevisionModel, @Context() context: object): Promise<ReportModel> {
    return required(await this.loaders.for(context).report.load(revision.reportId), `report ${revision.reportId}`);
  }

  @ResolveField(() => [ReportTableModel], { description: 'Every cell of this revision, grouped by table and row in template order.' })
  tables(@Parent() revision: ReportRevisionModel, @Context() context: object): Promise<ReportTableModel[]> {
    return this.detail.tables(revision.id, this.loaders.for(context));
  }

  @ResolveField(() => [FindingModel], { description: 'Broken consistency rules of this revision, errors first.' })
  findings(@Parent() revision: ReportRevisionModel, @Context() context: object): Promise<FindingModel[]> {
    return this.loaders.for(context).findingsOfRevision.load(revision.id);
  }

  @ResolveField(() => [String], { description: 'Tables (requests) and rows (requests.otherUnpaidFee) of the template not found in the original.' })
  missing(@Parent() revision: ReportRevisionModel, @Context() context: object): Promise<string[]> {
    return this.detail.missing(revision.id, this.loaders.for(context));
  }

  @ResolveField(() => [NarrativeFigureModel], { description: 'Figures stated in the prose.' })
  narrative(@Parent() revision: ReportRevisionModel, @Context() context: object): Promise<NarrativeFigureModel[]> {
    return this.detail.narrative(revision.id, this.loaders.for(context));
  }
}
