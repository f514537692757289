import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MetricValue', { description: 'One metric of one report (issuer and year), computed in SQL.' })
export class MetricValueModel {
  @Field()
  metric: string;

  @Field(() => Int)
  reportId: number;

  @Field(() => Int)
  issuerId: number;

  @Field()
  issuerName: string;

  @Field(() => String, { nullable: true })
  regionCode: string | null;

  @Field(() => Int)
  year: number;

  @Field(() => Float, { nullable: true, description: 'Null when none of the cells the metric reads is present.' })
  value: number | null;
}

@ArgsType()
export class CompareArgs {
  @Field(() => [String], { description: 'Metric keys of the catalogue.' })
  metrics: string[];

  @Field(() => [Int], { nullable: true })
  years?: number[] | null;

  @Field(() => [Int], { nullable: true })
  issuerIds?: number[] | null;

  @Field(() => String, { nullable: true, description: 'Only issuers in this region or below it (GB/T 2260 code).' })
  regionCode?: string | null;
}
