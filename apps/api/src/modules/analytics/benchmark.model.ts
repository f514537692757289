import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { RegionLevel } from '../regions/region.entity.js';
import { RegionLevelEnum } from '../regions/region.model.js';
import { PeerGroup } from './analytics.enums.js';

@ObjectType('Benchmark', {
  description:
    "A government's value of a metric for a year against its peers: governments of the same level that reported for that year, within the peer group, the subject included.",
})
export class BenchmarkModel {
  @Field()
  metric: string;

  @Field(() => Int)
  year: number;

  @Field(() => PeerGroup)
  peerGroup: PeerGroup;

  @Field(() => Int)
  issuerId: number;

  @Field()
  issuerName: string;

  @Field()
  regionCode: string;

  @Field()
  regionName: string;

  @Field(() => RegionLevelEnum)
  regionLevel: RegionLevel;

  @Field(() => Int, { nullable: true, description: "The subject's report for the year; null when it has none." })
  reportId: number | null;

  @Field(() => Float, { nullable: true, description: "The subject's value; null without a report or without the figure." })
  value: number | null;

  @Field(() => Int, { nullable: true, description: '1 = highest value among the peers; tied values share the best rank.' })
  rank: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '0–100: the share of the other peers whose value is strictly lower (100 × percent_rank() over value ascending). 0 when the subject is the lowest or alone, 100 when it is the highest; null when the subject has no value.',
  })
  percentile: number | null;

  @Field(() => Int, { description: 'Peers with a value, the subject included.' })
  peerCount: number;

  @Field(() => Float, { nullable: true, description: 'Median of the peers (percentile_cont 0.5, interpolated).' })
  median: number | null;

  @Field(() => Float, { nullable: true, description: 'First quartile (percentile_cont 0.25, interpolated).' })
  q1: number | null;

  @Field(() => Float, { nullable: true, description: 'Third quartile (percentile_cont 0.75, interpolated).' })
  q3: number | null;

  @Field(() => Float, { nullable: true })
  min: number | null;

  @Field(() => Float, { nullable: true })
  max: number | null;

  @Field(() => Float, { nullable: true, description: "The subject's resident population (2020 census)." })
  population: number | null;

  @Field(() => String, { nullable: true, description: "The subject's population band: <200k, 200k–500k, 500k–1M or ≥1M." })
  populationBand: string | null;
}

@ArgsType()
export class BenchmarkSubjectArgs {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { nullable: true, description: 'The subject by issuer id (a government); give this or regionCode.' })
  issuerId?: number | null;

  @Field(() => String, { nullable: true, description: "The subject by region: that region's government." })
  regionCode?: string | null;

  @Field(() => PeerGroup, { defaultValue: PeerGroup.SAME_PARENT })
  peerGroup: PeerGroup;
}

@ArgsType()
export class BenchmarkArgs extends BenchmarkSubjectArgs {
  @Field({ description: 'Metric key of the catalogue.' })
  metric: string;
}
