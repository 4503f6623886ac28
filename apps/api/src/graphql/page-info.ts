import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
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
