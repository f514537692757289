import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportRevision', { description: 'One parse of one original file for a report. Revisions never change once written.' })
export class ReportRevisionModel {
  @Field(() => Int)
  id: number;

  @Field(() => Int)
  reportId: number;

  @Field(() => Int, { description: '1 for the first file of the report, then 2, 3 …' })
  revisionNo: number;

  @Field({ description: 'Whether this is the revision whose figures count.' })
  current: boolean;

  @Field({ description: 'File name as uploaded or ingested.' })
  fileName: string;

  @Field()
  parserVersion: string;

  @Field({ description: '2019 (trial format), 2021, or mixed.' })
  template: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'The issuer name as printed in the report.' })
  printedIssuer: string | null;

  @Field({ description: 'The file declares itself synthetic test data (合成数据，仅供测试): a generated demo report whose figures are invented.' })
  synthetic: boolean;

  @Field()
  createdAt: Date;

  @Field({ description: 'SHA-256 of the original file (hex).' })
  sha256: string;

  @Field(() => Int, { description: 'Size of the original file in bytes.' })
  size: number;

  @Field()
  mediaType: string;

  @Field({ description: 'Where to download the original file (relative to the API origin).' })
  downloadUrl: string;
}
