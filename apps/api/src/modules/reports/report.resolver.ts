import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IssuerModel } from './issuer.model.js';
import { ReportDetailService, required } from './report-detail.service.js';
import { ReportRevisionModel } from './report-revision.model.js';
import { ReportModel } from './report.model.js';
import { ReportLoadersFactory } from './report.loaders.js';

@Resolver(() => ReportModel)
export class ReportResolver {
  constructor(
    private readonly loaders: ReportLoadersFactory,
    private readonly detail: ReportDetailService,
  ) {}

  @Query(() => ReportModel, { nullable: true, description: 'A report by id; null when there is none.' })
  report(@Args('id', { type: () => Int }) id: number, @Context() context: object): Promise<ReportModel | null> {
    return this.loaders.for(context).report.load(id);
  }

  @ResolveField(() => IssuerModel)
  async issuer(@Parent() report: ReportModel, @Context() context: object): Promise<IssuerModel> {
    return required(await this.loaders.for(context).issuer.load(report.issuerId), `issuer ${report.issuerId}`);
  }

  @ResolveField(() => ReportRevisionModel, { description: 'The revision whose figures count.' })
  async currentRevision(@Parent() report: ReportModel, @Context() context: object): Promise<ReportRevisionModel> {
    return required(await this.loaders.for(context).revision.load(report.currentRevisionId), `revision ${report.currentRevisionId}`);
  }

  @ResolveField(() => [ReportRevisionModel], { description: 'Every revision, oldest first.' })
  revisions(@Parent() report: ReportModel, @Context() context: object): Promise<ReportRevisionModel[]> {
    return this.loaders.for(context).revisionsOfReport.load(report.id);
  }

  @ResolveField(() => ReportRevisionModel, { nullable: true, description: 'A revision by its number; null when there is none.' })
  revision(
    @Parent() report: ReportModel,
    @Args('revisionNo', { type: () => Int }) revisionNo: number,
    @Context() context: object,
  ): Promise<ReportRevisionModel | null> {
    return this.detail.revisionByNumber(report.id, revisionNo, this.loaders.for(context));
  }
}
