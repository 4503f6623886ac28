import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

/**
 * The Relay-style connection type of a node type: `{name}Edge` and the edges/pageInfo/
 * totalCount fields, for a class such as `class OfferingConnection extends Connection(...) {}`.
 */
export function Connection<T>(nodeType: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field(() => nodeType) node: T;
    @Field() cursor: string;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType]) edges: Edge<T>[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return ConnectionType;
}

/** Builds a Relay-style connection from a page of items. */
export function toConnection<T extends { id: string }>(
  page: { items: readonly T[]; hasNextPage: boolean; totalCount: number },
  cursorOf: (item: T, index: number) => string,
) {
  const edges = page.items.map((node, index) => ({ node, cursor: cursorOf(node, index) }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}
