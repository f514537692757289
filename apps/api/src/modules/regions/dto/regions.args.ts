import { ArgsType, Field, Int } from '@nestjs/graphql';
import type { RegionLevel } from '../region.entity.js';
import { RegionLevelEnum } from '../region.model.js';

@ArgsType()
export class RegionsArgs {
  @Field(() => String, { nullable: true, description: 'Children of this region; without it, the top level (provinces).' })
  parentCode?: string | null;

  @Field(() => RegionLevelEnum, {
    nullable: true,
    description: 'Only regions of this level (with parentCode: its children of that level; alone: every region of that level).',
  })
  level?: RegionLevel | null;
}

@ArgsType()
export class SearchRegionsArgs {
  @Field({ description: 'Part of a region name (e.g. 桓仁); exact matches first, then names that start with it, then the rest.' })
  query: string;

  @Field(() => Int, { defaultValue: 20, description: 'At most 100.' })
  limit: number;
}
