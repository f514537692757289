import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { RegionLevel } from '../regions/region.entity.js';
import { RegionLevelEnum } from '../regions/region.model.js';
import { RollupLevelEnum, type RollupLevel } from './analytics.enums.js';

@ObjectType('RollupRow', {
  description:
    'A metric summed over the county-level government reports under a region for a year, with the coverage it rests on: a total never hides missing counties.',
})
export class RollupRowModel {
  @Field()
  metric: string;

  @Field({ description: 'The group region (a prefecture, a province, or a municipality standing as its own prefecture level).' })
  regionCode: string;

  @Field()
  regionName: string;

  @Field(() => RegionLevelEnum)
  regionLevel: RegionLevel;

  @Field(() => Int)
  year: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Sum of the counties\' figures; for rates, sum of numerators ÷ sum of denominators × scale (never an average of rates). Null when no report has the figure.',
  })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'Sum of the numerators (the value itself for plain sums).' })
  numerator: number | null;

  @Field(() => Float, { nullable: true, description: 'Sum of the denominators (residents for per-capita rates); null for plain sums.' })
  denominator: number | null;

  @Field(() => Int, { description: 'County-level regions under the group: one government report expected from each per year.' })
  countiesExpected: number;

  @Field(() => Int, { description: 'Counties whose government report for the year is present.' })
  reportsPresent: number;

  @Field(() => Int, { description: 'Reports that have the metric (numerator and, for rates, denominator) and so are in the value.' })
  reportsWithValue: number;

  @Field(() => Float, { nullable: true, description: 'reportsPresent ÷ countiesExpected (0–1); null when no county is expected.' })
  coverage: number | null;

  @Field(() => [String], { description: 'Codes of the counties whose report is missing, ordered by code.' })
  missingRegionCodes: string[];
}

@ArgsType()
export class RollupArgs {
  @Field({ description: 'Metric key of the catalogue.' })
  metric: string;

  @Field(() => String, { nullable: true, description: 'A province or prefecture (GB/T 2260 code); null for the whole country.' })
  regionCode?: string | null;

  @Field(() => RollupLevelEnum, { description: 'One row per region of this level under regionCode (or regionCode itself).' })
  level: RollupLevel;

  @Field(() => [Int], { nullable: true, description: 'Years; null for every year with a report.' })
  years?: number[] | null;
}

@ObjectType('ReportYear', { description: 'A year with a current report anywhere, and whether the region has county government reports that year.' })
export class ReportYearModel {
  @Field(() => Int)
  year: number;

  @Field({ description: 'Whether a county-level government under the region has a current report that year (the reports a roll-up counts).' })
  hasCountyReports: boolean;
}

@ArgsType()
export class ReportYearsArgs {
  @Field(() => String, { nullable: true, description: 'A region (GB/T 2260 code); null for the whole country.' })
  regionCode?: string | null;
}
