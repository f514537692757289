import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { RegionLevel } from '../regions/region.entity.js';
import { RegionLevelEnum } from '../regions/region.model.js';
import { IssuerKindEnum, type IssuerKindValue } from './analytics.enums.js';

@ObjectType('CoverageCell')
export class CoverageCellModel {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { nullable: true, description: 'The current report of the row for the year; null when missing.' })
  reportId: number | null;

  @Field()
  present: boolean;
}

@ObjectType('CoverageRow', { description: 'A county (its government) or another issuer under the region, with one cell per year.' })
export class CoverageRowModel {
  @Field({ description: 'True for a county-level region, whose government is expected to report every year.' })
  countyGovernment: boolean;

  @Field()
  regionCode: string;

  @Field()
  regionName: string;

  @Field(() => RegionLevelEnum)
  regionLevel: RegionLevel;

  @Field(() => Int, { nullable: true, description: 'Null for a county whose government has never been ingested.' })
  issuerId: number | null;

  @Field({ description: "The issuer's name (the region's name for a county not yet seen)." })
  issuerName: string;

  @Field(() => IssuerKindEnum)
  issuerKind: IssuerKindValue;

  @Field(() => [CoverageCellModel], { description: 'One cell per year of the matrix, in year order.' })
  cells: CoverageCellModel[];
}

@ObjectType('CoverageYear')
export class CoverageYearModel {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: 'County-level regions under the region: one government report expected from each.' })
  countiesExpected: number;

  @Field(() => Int)
  countiesPresent: number;

  @Field(() => Float, { nullable: true, description: 'countiesPresent ÷ countiesExpected (0–1); null when no county is expected.' })
  countyCoverage: number | null;

  @Field(() => Int, { description: 'Reports present in all rows (county governments and the other issuers shown).' })
  reportsPresent: number;
}

@ObjectType('CoverageMatrix', { description: 'Issuers (county governments by region) × years: present or missing.' })
export class CoverageMatrixModel {
  @Field()
  regionCode: string;

  @Field(() => [Int])
  years: number[];

  @Field(() => [CoverageRowModel])
  rows: CoverageRowModel[];

  @Field(() => [CoverageYearModel])
  yearTotals: CoverageYearModel[];
}

@ArgsType()
export class CoverageArgs {
  @Field({ description: 'A province, prefecture or county (GB/T 2260 code).' })
  regionCode: string;

  @Field(() => [Int], { nullable: true, description: 'Years; null for every year with a report.' })
  years?: number[] | null;

  @Field(() => IssuerKindEnum, { nullable: true, description: 'Only governments (county rows included), or only departments.' })
  issuerKind?: IssuerKindValue | null;
}
