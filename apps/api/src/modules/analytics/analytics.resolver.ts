import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnalyticsService } from './analytics.service.js';
import { CompareArgs, MetricValueModel } from './metric-value.model.js';

@Resolver(() => MetricValueModel)
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Query(() => [MetricValueModel], {
    description: 'Metrics × reports (issuers × years), shaped for charts and tables, with the year-on-year change.',
    complexity: ({ childComplexity }) => 20 + 5 * childComplexity,
  })
  compare(@Args() args: CompareArgs): Promise<MetricValueModel[]> {
    return this.analytics.compare(args);
  }
}
