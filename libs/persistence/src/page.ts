import { InvalidInputError } from '@wmo/domain';
import { Types, type Model, type QueryFilter } from 'mongoose';

export interface Page<T> {
  readonly items: readonly T[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
  readonly totalCount: number;
}

export const MAX_PAGE_SIZE = 100;

/** Cursors are opaque to clients: base64url of the last item's id. */
export function encodeIdCursor(id: string): string {
  return Buffer.from(`id:${id}`).toString('base64url');
}

export function decodeIdCursor(cursor: string | null | undefined): Types.ObjectId | null {
  if (cursor == null) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const match = /^id:([0-9a-f]{24})$/.exec(decoded);
  if (!match) throw new InvalidInputError('after', 'Deze cursor is ongeldig.');
  return new Types.ObjectId(match[1]);
}

export function checkPageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new InvalidInputError('first', `Kies een aantal tussen 1 en ${MAX_PAGE_SIZE}.`);
  }
  return size;
}

/** One page of `query`, newest first (by _id), mapped to domain items. */
export function newestFirstPage<D extends { _id: Types.ObjectId }, T extends { id: string }>(
  model: Model<D>,
  query: QueryFilter<D>,
  first: number,
  after: string | null,
  toItem: (doc: D) => T,
): Promise<Page<T>> {
  return pageById(model, query, first, after, toItem, 'newest');
}

/** One page of `query`, oldest first (by _id): e.g. the holds that end first. */
export function oldestFirstPage<D extends { _id: Types.ObjectId }, T extends { id: string }>(
  model: Model<D>,
  query: QueryFilter<D>,
  first: number,
  after: string | null,
  toItem: (doc: D) => T,
): Promise<Page<T>> {
  return pageById(model, query, first, after, toItem, 'oldest');
}

async function pageById<D extends { _id: Types.ObjectId }, T extends { id: string }>(
  model: Model<D>,
  query: QueryFilter<D>,
  first: number,
  after: string | null,
  toItem: (doc: D) => T,
  order: 'newest' | 'oldest',
): Promise<Page<T>> {
  const totalCount = await model.countDocuments(query).exec();
  const afterId = decodeIdCursor(after);
  const beyond = order === 'newest' ? { $lt: afterId } : { $gt: afterId };
  const pageQuery = (afterId ? { ...query, _id: beyond } : query) as QueryFilter<D>;
  const docs = await model
    .find(pageQuery)
    .sort({ _id: order === 'newest' ? -1 : 1 })
    .limit(first + 1)
    .lean<D[]>()
    .exec();
  const items = docs.slice(0, first).map(toItem);
  const last = items.at(-1);
  return {
    items,
    hasNextPage: docs.length > first,
    endCursor: last ? encodeIdCursor(last.id) : null,
    totalCount,
  };
}
