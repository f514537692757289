import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RegionModel } from '../regions/region.model.js';
import { ReportLoadersFactory } from './report.loaders.js';

@Resolver(() => RegionModel)
export class RegionResolver {
  constructor(private readonly loaders: ReportLoadersFactory) {}

  @ResolveField(() => RegionModel, { nullable: true, description: 'The enclosing division; null for a province.' })
  parent(@Parent() region: RegionModel, @Context() context: object): Promise<RegionModel | null> {
    return region.parentCode ? this.loaders.for(context).region.load(region.parentCode) : Promise.resolve(null);
  }
}
