import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Metric', { description: 'A comparable figure or derived rate of the metric catalogue.' })
export class MetricModel {
  @Field()
  key: string;

  @Field()
  labelZh: string;

  @Field()
  labelEn: string;

  @Field({ description: 'count, wan (10,000 yuan), percent, per100 or per10k' })
  unit: string;

  @Field()
  group: string;

  @Field(() => [String], { description: 'Template versions in which the figure exists.' })
  templates: string[];

  @Field(() => Boolean, { nullable: true, description: 'Whether a higher value is better; null when neutral.' })
  higherIsBetter: boolean | null;
}
