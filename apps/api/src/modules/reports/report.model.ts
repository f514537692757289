import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Report', { description: 'One issuer’s report for one year; its figures are those of the current revision.' })
export class ReportModel {
  @Field(() => Int)
  id: number;

  @Field(() => Int)
  year: number;

  @Field(() => Int)
  issuerId: number;

  @Field({ description: 'Template of the current revision: 2019 (trial format), 2021, or mixed.' })
  template: string;

  @Field(() => String, { nullable: true, description: 'Title of the current revision.' })
  title: string | null;

  @Field(() => Int)
  currentRevisionId: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}
