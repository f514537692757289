import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IssuerModel } from './issuer.model.js';
import { RegionModel } from '../regions/region.model.js';
import { ReportLoadersFactory } from './report.loaders.js';

@Resolver(() => IssuerModel)
export class IssuerResolver {
  constructor(private readonly loaders: ReportLoadersFactory) {}

  @ResolveField(() => RegionModel, { nullable: true })
  region(@Parent() issuer: IssuerModel, @Context() context: object): Promise<RegionModel | null> {
    return issuer.regionCode ? this.loaders.for(context).region.load(issuer.regionCode) : Promise.resolve(null);
  }
}
