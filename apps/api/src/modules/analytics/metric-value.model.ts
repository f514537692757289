import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { RegionLevel } from '../regions/region.entity.js';
import { RegionLevelEnum } from '../regions/region.model.js';
import { IssuerKindEnum, type IssuerKindValue } from './analytics.enums.js';

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

  @Field(() => Float, { nullable: true, description: "The same issuer's value for the year before; null when it has no report for that year." })
  previousValue: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Year-on-year change as a ratio: value / previousValue − 1 (0.25 = +25 %); null without a previous value or when it is 0.',
  })
  change: number | null;
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

  @Field(() => RegionLevelEnum, { nullable: true, description: "Only issuers whose region has this level (county: county governments and departments)." })
  level?: RegionLevel | null;

  @Field(() => IssuerKindEnum, { nullable: true, description: 'Only governments, or only departments.' })
  issuerKind?: IssuerKindValue | null;
}
