import { Args, Query, Resolver } from '@nestjs/graphql';
import { ReportYearModel, ReportYearsArgs, RollupArgs, RollupRowModel } from './rollup.model.js';
import { RollupService } from './rollup.service.js';

@Resolver(() => RollupRowModel)
export class RollupResolver {
  constructor(private readonly rollups: RollupService) {}

  @Query(() => [RollupRowModel], {
    description: 'A metric summed over county-level government reports, per region of a level and year, with coverage and the missing counties.',
    complexity: ({ childComplexity }) => 20 + 10 * childComplexity,
  })
  rollup(@Args() args: RollupArgs): Promise<RollupRowModel[]> {
    return this.rollups.rollup(args);
  }

  @Query(() => [ReportYearModel], {
    description: 'Every year with a current report, newest first, and whether the county governments under the region have reports that year.',
  })
  reportYears(@Args() args: ReportYearsArgs): Promise<ReportYearModel[]> {
    return this.rollups.reportYears(args);
  }
}
