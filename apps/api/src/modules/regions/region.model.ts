import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { RegionLevel } from './region.entity.js';

/** GraphQL enum of the GB/T 2260 levels (the values equal the stored strings). */
export const RegionLevelEnum = { province: 'province', prefecture: 'prefecture', county: 'county' } as const satisfies Record<
  RegionLevel,
  RegionLevel
>;
registerEnumType(RegionLevelEnum, { name: 'RegionLevel', description: 'Level of a GB/T 2260 division.' });

@ObjectType('Region', { description: 'A GB/T 2260 division: province, prefecture or county level.' })
export class RegionModel {
  @Field({ description: 'Six-digit GB/T 2260 code.' })
  code: string;

  @Field()
  name: string;

  @Field(() => RegionLevelEnum)
  level: RegionLevel;

  @Field(() => String, { nullable: true })
  parentCode: string | null;
}

/** Fields the region queries compute in SQL; a region from another module comes without them. */
export interface RegionDetails {
  /** 辽宁省 › 本溪市 › 桓仁满族自治县 */
  readonly path: string;
  /** Latest 'population' attribute (resident population) and its year. */
  readonly population: number | null;
  readonly populationYear: number | null;
  readonly childCount: number;
}

/** A region as the regions service returns it. */
export type RegionRow = RegionModel & RegionDetails;

/** A region as a field resolver receives it: with the computed fields when its query had them. */
export type RegionParent = RegionModel & Partial<RegionDetails>;
