import { ArgsType, Field, Int } from '@nestjs/graphql';
import type { IssuerKind } from '../../issuers/issuer.entity.js';
import type { RegionLevel } from '../../regions/region.entity.js';
import { IssuerKindEnum } from '../issuer.model.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination.js';
import { RegionLevelEnum } from '../../regions/region.model.js';

@ArgsType()
export class ReportsArgs {
  @Field(() => String, { nullable: true, description: 'Only issuers in this region or below it (six-digit GB/T 2260 code).' })
  regionCode?: string | null;

  @Field(() => RegionLevelEnum, { nullable: true, description: 'Only issuers whose region is of this level.' })
  level?: RegionLevel | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => IssuerKindEnum, { nullable: true })
  issuerKind?: IssuerKind | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only reports whose current revision has findings; false: only those without.' })
  hasFindings?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only reports whose current revision has a finding of this rule, e.g. requests.balance.' })
  rule?: string | null;

  @Field(() => String, { nullable: true, description: 'Only issuers whose name contains this text (case-insensitive).' })
  search?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 0 to ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (pageInfo.endCursor of the previous page).' })
  after?: string | null;
}
