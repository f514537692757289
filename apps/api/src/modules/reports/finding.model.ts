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

@ObjectType('RuleFindingCount', { description: 'How many findings one rule has under the filters.' })
export class RuleFindingCountModel {
  @Field({ description: 'Rule id, e.g. requests.balance.' })
  rule: string;

  @Field(() => String, { nullable: true, description: 'Rule label in Chinese; null for a rule this version does not know.' })
  labelZh: string | null;

  @Field(() => String, { nullable: true })
  labelEn: string | null;

  @Field(() => SeverityEnum)
  severity: Severity;

  @Field(() => Int)
  count: number;
}

@ObjectType('SeverityFindingCount', { description: 'How many findings of one severity there are under the filters.' })
export class SeverityFindingCountModel {
  @Field(() => SeverityEnum)
  severity: Severity;

  @Field(() => Int)
  count: number;
}

@ObjectType('FindingCounts', {
  description:
    'Findings of the current revisions counted two ways: by rule (every rule of the catalogue, under the severity filter) and by severity (under the rule filter), so that either list can be used to change the other filter.',
})
export class FindingCountsModel {
  @Field(() => [RuleFindingCountModel], { description: 'In the order of the rule catalogue; rules this version does not know come last.' })
  byRule: RuleFindingCountModel[];

  @Field(() => [SeverityFindingCountModel], { description: 'error, warning, info.' })
  bySeverity: SeverityFindingCountModel[];
}
