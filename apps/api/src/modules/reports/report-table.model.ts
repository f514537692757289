import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { SourceLocation } from '@dlens/domain';
import { SourceLocationUnion } from './source-location.model.js';

@ObjectType('Provenance', { description: 'Where a value was read in the original file.' })
export class ProvenanceModel {
  @Field({ description: 'Table key: proactive, requests or reviewLitigation.' })
  table: string;

  @Field({ description: 'Row label as printed in the source (whitespace normalised).' })
  row: string;

  @Field({ description: 'Column label of the template.' })
  column: string;

  @Field(() => SourceLocationUnion)
  location: SourceLocation;
}

@ObjectType('ReportColumn', { description: 'A column of a template row.' })
export class ReportColumnModel {
  @Field({ description: 'Column key, e.g. total.' })
  key: string;

  @Field()
  labelZh: string;

  @Field()
  labelEn: string;

  @Field({ description: 'count (integer), wan (万元, decimal) or change (may be negative).' })
  unit: string;
}

@ObjectType('ReportValue', { description: 'One cell of a report table as read from the original.' })
export class ReportValueModel {
  @Field({ description: 'Canonical value key <table>.<row>.<column>, e.g. requests.newReceived.total.' })
  key: string;

  @Field()
  column: string;

  @Field()
  columnLabelZh: string;

  @Field()
  columnLabelEn: string;

  @Field(() => Float, { nullable: true, description: 'The number; null for a blank cell (empty, /, -, —, 无), which is not 0.' })
  value: number | null;

  @Field({ description: 'The cell text exactly as it occurs in the original.' })
  raw: string;

  @Field({ description: 'True when the cell boundary was recovered from digits that ran together.' })
  inferred: boolean;

  @Field(() => ProvenanceModel)
  provenance: ProvenanceModel;
}

@ObjectType('ReportRow', { description: 'A row of a report table, in template order.' })
export class ReportRowModel {
  @Field({ description: 'Row key, e.g. newReceived.' })
  key: string;

  @Field()
  labelZh: string;

  @Field()
  labelEn: string;

  @Field({ description: 'False for a row the report has although its template does not.' })
  inTemplate: boolean;

  @Field({ description: 'The row (or its whole table) was not found in the original.' })
  missing: boolean;

  @Field(() => [ReportColumnModel], { description: 'The columns of the row in the template, in order.' })
  columns: ReportColumnModel[];

  @Field(() => [ReportValueModel], { description: 'The cells read, in column order; a column without a cell was not read.' })
  values: ReportValueModel[];
}

@ObjectType('ReportTable', { description: 'A statistical table of the report: 二 proactive, 三 requests, 四 reviewLitigation.' })
export class ReportTableModel {
  @Field()
  key: string;

  @Field()
  labelZh: string;

  @Field()
  labelEn: string;

  @Field(() => String, { nullable: true, description: 'Template version of this table (2019 trial or 2021); null when the table has one layout.' })
  template: string | null;

  @Field({ description: 'The table was not found in the original.' })
  missing: boolean;

  @Field(() => [ReportRowModel])
  rows: ReportRowModel[];
}
