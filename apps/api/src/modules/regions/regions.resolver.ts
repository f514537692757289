import { Args, Context, Float, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RegionsArgs, SearchRegionsArgs } from './dto/regions.args.js';
import { RegionModel, type RegionParent, type RegionRow } from './region.model.js';
import { RegionsService } from './regions.service.js';

/** A list field costs its child selection once per expected row (query complexity limit). */
const perRow =
  (rows: number) =>
  ({ childComplexity }: { childComplexity: number }): number =>
    1 + rows * childComplexity;

/**
 * Region queries and the computed fields of the `Region` type (its `parent` is resolved with
 * the reports module's loaders, see modules/reports/region.resolver.ts).
 */
@Resolver(() => RegionModel)
export class RegionsResolver {
  constructor(private readonly regions: RegionsService) {}

  @Query(() => RegionModel, { nullable: true, description: 'A region by GB/T 2260 code; null when there is none.' })
  region(@Args('code') code: string): Promise<RegionModel | null> {
    return this.regions.findOne(code);
  }

  @Query(() => [RegionModel], {
    name: 'regions',
    description: 'Regions for a tree: the provinces, or the children of parentCode.',
    complexity: perRow(40),
  })
  regionList(@Args() args: RegionsArgs): Promise<RegionModel[]> {
    return this.regions.list(args.parentCode ?? null, args.level ?? null);
  }

  @Query(() => [RegionModel], {
    description: 'Regions whose name contains the query, ranked: exact name, name starting with it, name containing it.',
    complexity: ({ args, childComplexity }) => 1 + Math.min(Number(args['limit']) || 20, 100) * childComplexity,
  })
  searchRegions(@Args() args: SearchRegionsArgs): Promise<RegionModel[]> {
    return this.regions.search(args.query, args.limit);
  }

  @ResolveField(() => String, { description: 'Names from the province down, joined by " › " (辽宁省 › 本溪市 › 桓仁满族自治县).' })
  async path(@Parent() region: RegionParent, @Context() context: object): Promise<string> {
    return region.path ?? (await this.details(region, context))?.path ?? region.name;
  }

  @ResolveField(() => Float, { nullable: true, description: 'Resident population, latest figure (2020 census for county-level units).' })
  async population(@Parent() region: RegionParent, @Context() context: object): Promise<number | null> {
    return region.population !== undefined ? region.population : ((await this.details(region, context))?.population ?? null);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Year of the population figure.' })
  async populationYear(@Parent() region: RegionParent, @Context() context: object): Promise<number | null> {
    return region.populationYear !== undefined ? region.populationYear : ((await this.details(region, context))?.populationYear ?? null);
  }

  @ResolveField(() => Int, { description: 'Number of child regions (0 for a county).' })
  async childCount(@Parent() region: RegionParent, @Context() context: object): Promise<number> {
    return region.childCount ?? (await this.details(region, context))?.childCount ?? 0;
  }

  @ResolveField(() => [RegionModel], { description: 'Child regions, ordered by code.', complexity: perRow(20) })
  children(@Parent() region: RegionParent, @Context() context: object): Promise<RegionModel[]> {
    return this.regions.loadersFor(context).children.load(region.code);
  }

  /** The full row of a region that came without its computed fields (e.g. from another module). */
  private details(region: RegionModel, context: object): Promise<RegionRow | null> {
    return this.regions.loadersFor(context).byCode.load(region.code);
  }
}
