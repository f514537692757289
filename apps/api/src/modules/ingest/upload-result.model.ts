import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('UploadedFile', { description: 'What happened to one uploaded file.' })
export class UploadedFileModel {
  @Field()
  fileName: string;

  @Field({
    description:
      'stored (new report), revised (new revision of a report), unchanged (same file already current), needsAssignment (parsed, waits for a person to say whose report it is: see pendingReports), failed; other statuses may be added, so treat unknown ones generically.',
  })
  status: string;

  @Field(() => Int, { nullable: true })
  reportId: number | null;

  @Field(() => Int, { nullable: true })
  revisionNo: number | null;

  @Field(() => String, { nullable: true, description: 'Why the file was not stored (or waits): one line naming the file.' })
  reason: string | null;

  @Field(() => Int, { nullable: true, description: 'For needsAssignment: the waiting report, to pass to assignPendingReport.' })
  pendingId: number | null;
}

@ObjectType('UploadStatusCount', { description: 'How many files of an upload ended with a status.' })
export class UploadStatusCountModel {
  @Field()
  status: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('UploadResult', { description: 'The outcome of an upload, per file in the order sent, and totals by status.' })
export class UploadResultModel {
  @Field(() => [UploadedFileModel])
  files: UploadedFileModel[];

  @Field(() => [UploadStatusCountModel], { description: 'Counts by status, sorted by status.' })
  totals: UploadStatusCountModel[];
}
