import { Args, Query, Resolver } from '@nestjs/graphql';
import { CoverageArgs, CoverageMatrixModel } from './coverage.model.js';
import { CoverageService } from './coverage.service.js';

@Resolver(() => CoverageMatrixModel)
export class CoverageResolver {
  constructor(private readonly coverages: CoverageService) {}

  @Query(() => CoverageMatrixModel, {
    description: 'Issuers (county governments by region, then the other issuers that reported) × years: present (report id) or missing, with per-year totals.',
    complexity: ({ childComplexity }) => 50 + 10 * childComplexity,
  })
  coverage(@Args() args: CoverageArgs): Promise<CoverageMatrixModel> {
    return this.coverages.coverage(args);
  }
}
