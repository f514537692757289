import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { IssuerKind } from '../issuers/issuer.entity.js';
import { IssuerKindEnum } from '../reports/issuer.model.js';

@ObjectType('AttributionCandidate')
export class AttributionCandidateModel {
  @Field()
  regionCode: string;

  @Field()
  regionName: string;

  @Field({ description: 'e.g. 江苏省 › 南京市 › 鼓楼区' })
  path: string;
}

@ObjectType('PendingReport', { description: 'A parsed report whose issuer could not be attributed: it waits for a person.' })
export class PendingReportModel {
  @Field(() => Int)
  id: number;

  @Field()
  fileName: string;

  @Field(() => String, { nullable: true, description: 'The issuer as printed in the report.' })
  printedIssuer: string | null;

  @Field(() => Int)
  year: number;

  @Field()
  reason: string;

  @Field(() => [AttributionCandidateModel])
  candidates: AttributionCandidateModel[];

  @Field()
  createdAt: Date;
}

@InputType('AssignmentInput', { description: 'An existing issuer, or a region (and kind) to create the issuer in.' })
export class AssignmentInput {
  @Field(() => Int, { nullable: true })
  issuerId?: number | null;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => IssuerKindEnum, { nullable: true })
  kind?: IssuerKind | null;

  @Field(() => String, { nullable: true, description: 'Defaults to the name printed in the report.' })
  issuerName?: string | null;
}

@ObjectType('AssignmentResult')
export class AssignmentResultModel {
  @Field()
  status: string;

  @Field(() => Int, { nullable: true })
  reportId: number | null;

  @Field(() => Int, { nullable: true })
  revisionNo: number | null;
}
