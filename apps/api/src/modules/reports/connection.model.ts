import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PageInfo', { description: 'Relay-style page information.' })
export class PageInfoModel {
  @Field({ description: 'Whether more rows follow the last edge.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge: pass it as `after` for the next page.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoModel;
  totalCount: number;
}

/** Builds the Edge and Connection object types of a node type (Relay cursor connections). */
export function connectionOf<T>(nodeType: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeModel implements Edge<T> {
    @Field({ description: 'Opaque cursor of this row.' })
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionModel implements Connection<T> {
    @Field(() => [EdgeModel])
    edges: EdgeModel[];

    @Field(() => PageInfoModel)
    pageInfo: PageInfoModel;

    @Field(() => Int, { description: 'Rows matching the filters, over all pages.' })
    totalCount: number;
  }
  return ConnectionModel;
}

/** Assembles a connection from up to first + 1 rows (the extra row only says a next page exists). */
export function toConnection<R, T>(rows: readonly R[], first: number, totalCount: number, node: (row: R) => T, cursor: (row: R) => string): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: cursor(row), node: node(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
