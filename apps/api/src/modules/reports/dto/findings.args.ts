import { ArgsType, Field, Int } from '@nestjs/graphql';
import type { Severity } from '@dlens/domain';
import { SeverityEnum } from '../finding.model.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination.js';

/** The filters of the findings list and of its counts. */
@ArgsType()
export class FindingFiltersArgs {
  @Field(() => String, { nullable: true, description: 'Only reports of issuers in this region or below it (six-digit GB/T 2260 code).' })
  regionCode?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Rule id, e.g. requests.balance.' })
  rule?: string | null;

  @Field(() => SeverityEnum, { nullable: true })
  severity?: Severity | null;

}

@ArgsType()
export class FindingsArgs extends FindingFiltersArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 0 to ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (pageInfo.endCursor of the previous page).' })
  after?: string | null;
}
