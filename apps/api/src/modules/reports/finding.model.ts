import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Severity } from '@dlens/domain';
import { connectionOf } from './connection.model.js';

/** GraphQL enum of finding severities (the values equal the stored strings). */
export const SeverityEnum = { error: 'error', warning: 'warning', info: 'info' } as const satisfies Record<Severity, Severity>;
registerEnumType(SeverityEnum, { name: 'Severity', description: 'How serious a broken consistency rule is.' });

@ObjectType('Finding', { description: 'A broken consistency rule (勾稽关系) of a report revision, naming the cells involved.' })
export class FindingModel {
  @Field(() => Int)
  id: number;

  @Field(() => Int)
  reportId: number;

  @Field(() => Int)
  revisionId: number;

  @Field({ description: 'Rule id, e.g. requests.balance.' })
  rule: string;

  @Field(() => String, { nullable: true, description: 'Rule label in Chinese; null for a rule this version does not know.' })
  ruleLabelZh: string | null;

  @Field(() => String, { nullable: true })
  ruleLabelEn: string | null;

  @Field(() => SeverityEnum)
  severity: Severity;

  @Field({ description: 'report (checked within one report) or crossReport (needs other reports).' })
  scope: string;

  @Field({ description: 'One English sentence naming the cells and the numbers.' })
  message: string;

  @Field(() => [String], { description: 'Canonical value keys of the cells involved.' })
  cells: string[];

  @Field(() => Float, { nullable: true })
  expected: number | null;

  @Field(() => Float, { nullable: true })
  actual: number | null;
}

@ObjectType('FindingConnection', { description: 'A page of findings.' })
export class FindingConnectionModel extends connectionOf(FindingModel, 'Finding') {}
