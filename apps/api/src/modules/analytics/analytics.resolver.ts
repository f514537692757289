import { Args, Query, Resolver } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { AnalyticsService } from './analytics.service.js';
import { CompareArgs, MetricValueModel } from './metric-value.model.js';
import { UnknownMetricError } from './metric-sql.js';

@Resolver(() => MetricValueModel)
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Query(() => [MetricValueModel], { description: 'Metrics × reports (issuers × years), shaped for charts and tables.' })
  async compare(@Args() args: CompareArgs): Promise<MetricValueModel[]> {
    try {
      return await this.analytics.compare(args);
    } catch (error) {
      if (error instanceof UnknownMetricError) {
        throw new GraphQLError(error.message, { extensions: { code: 'UNKNOWN_METRIC', metric: error.metric } });
      }
      throw error;
    }
  }
}
