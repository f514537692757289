import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { SourceLocation } from '@dlens/domain';
import { SourceLocationUnion } from './source-location.model.js';

@ObjectType('NarrativeFigure', { description: 'A figure stated in the prose, e.g. 收到…申请13件.' })
export class NarrativeFigureModel {
  @Field({ description: 'What the figure counts (a metric key of the catalogue).' })
  metric: string;

  @Field(() => [String], { description: 'The table cells whose sum the figure states.' })
  keys: string[];

  @Field(() => Float)
  value: number;

  @Field({ description: 'The sentence fragment the figure was read from.' })
  raw: string;

  @Field(() => SourceLocationUnion)
  location: SourceLocation;
}
