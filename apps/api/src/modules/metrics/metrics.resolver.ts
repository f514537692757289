import { Query, Resolver } from '@nestjs/graphql';
import { METRICS } from '@dlens/domain';
import { MetricModel } from './metric.model.js';

@Resolver(() => MetricModel)
export class MetricsResolver {
  @Query(() => [MetricModel], { description: 'The metric catalogue.' })
  metrics(): MetricModel[] {
    return METRICS.map((m) => ({
      key: m.key,
      labelZh: m.label.zh,
      labelEn: m.label.en,
      unit: m.unit,
      group: m.group,
      templates: [...m.templates],
      higherIsBetter: m.higherIsBetter,
    }));
  }
}
