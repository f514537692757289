import { Args, Field, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { AuditService } from '../auth/audit.service.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { UserEntity } from '../auth/user.entity.js';
import { IngestService } from './ingest.service.js';

@ObjectType('ReparseResult')
export class ReparseResultModel {
  @Field(() => Int)
  reports: number;

  @Field(() => Int, { description: 'Reports with a new revision (another parser version read them differently).' })
  revised: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [String], { description: 'Files that no longer parse, with the reason.' })
  failures: string[];
}

/** Admin operations on stored reports. */
@Resolver(() => ReparseResultModel)
export class AdminResolver {
  constructor(
    private readonly ingest: IngestService,
    private readonly audit: AuditService,
  ) {}

  @Roles('admin')
  @Mutation(() => Boolean, { description: 'Deletes a report with all its revisions (admin); false if there is no such report.' })
  deleteReport(@Args('id', { type: () => Int }) id: number, @CurrentUser() actor: UserEntity): Promise<boolean> {
    return this.ingest.deleteReport(id, actor);
  }

  @Roles('admin')
  @Mutation(() => ReparseResultModel, { description: 'Re-parses every stored original with this parser (admin); history is kept.' })
  async reparseAll(@CurrentUser() actor: UserEntity): Promise<ReparseResultModel> {
    const outcomes = await this.ingest.reparseAll();
    const result = {
      reports: outcomes.length,
      revised: outcomes.filter((o) => o.status === 'revised').length,
      unchanged: outcomes.filter((o) => o.status === 'unchanged').length,
      failures: outcomes.filter((o) => o.status === 'failed').map((o) => o.reason ?? o.fileName),
    };
    await this.audit.record(actor, 'reparse', `${outcomes.length} report(s)`, result);
    return result;
  }
}
