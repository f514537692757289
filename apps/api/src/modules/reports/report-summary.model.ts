import { Field, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf } from './connection.model.js';

@ObjectType('ReportSummary', { description: 'A report (one issuer, one year) with its current revision.' })
export class ReportSummaryModel {
  @Field(() => Int)
  id: number;

  @Field(() => Int)
  year: number;

  @Field(() => Int)
  issuerId: number;

  @Field()
  issuerName: string;

  @Field(() => String, { nullable: true })
  regionCode: string | null;

  @Field(() => String, { nullable: true })
  regionName: string | null;

  @Field({ description: '2019 (trial format), 2021, or mixed.' })
  template: string;

  @Field(() => Int)
  revisionNo: number;

  @Field()
  fileName: string;

  @Field(() => Int, { description: 'Findings of the current revision.' })
  findingCount: number;
}

@ObjectType('ReportConnection', { description: 'A page of reports, newest year first, then by issuer name.' })
export class ReportConnectionModel extends connectionOf(ReportSummaryModel, 'Report') {}
