import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DataSource, IsNull } from 'typeorm';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { UserEntity } from '../auth/user.entity.js';
import { AssignmentError, IngestService, type AssignmentTarget } from './ingest.service.js';
import { PendingReportEntity } from './pending-report.entity.js';
import { AssignmentInput, AssignmentResultModel, PendingReportModel } from './pending-report.model.js';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_ASSIGNMENT' } });

/** Reports that need assignment, and the mutation that assigns them. */
@Resolver(() => PendingReportModel)
export class AssignmentResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ingest: IngestService,
  ) {}

  @Roles('admin')
  @Query(() => [PendingReportModel], { description: 'Reports waiting for a person to say whose they are, oldest first (admin).' })
  pendingReports(): Promise<PendingReportModel[]> {
    return this.dataSource.getRepository(PendingReportEntity).find({ where: { resolvedAt: IsNull() }, order: { id: 'ASC' } });
  }

  @Mutation(() => AssignmentResultModel, { description: 'Stores a waiting report under an issuer; the printed name becomes an alias of it.' })
  async assignPendingReport(
    @Args('pendingId', { type: () => Int }) pendingId: number,
    @Args('to') to: AssignmentInput,
    @CurrentUser() actor: UserEntity,
  ): Promise<AssignmentResultModel> {
    let target: AssignmentTarget;
    if (to.issuerId) target = { issuerId: to.issuerId };
    else if (to.regionCode && to.kind) target = { regionCode: to.regionCode, kind: to.kind, ...(to.issuerName ? { issuerName: to.issuerName } : {}) };
    else throw badInput('give either issuerId, or regionCode and kind');
    try {
      const outcome = await this.ingest.assign(pendingId, target, actor);
      return { status: outcome.status, reportId: outcome.reportId, revisionNo: outcome.revisionNo };
    } catch (error) {
      if (error instanceof AssignmentError) throw badInput(error.message);
      throw error;
    }
  }
}
