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

/** One part of a list in a fixed order of parts, e.g. the requests with one status. */
export interface PageSegment<D> {
  readonly key: string;
  readonly query: QueryFilter<D>;
  /** How many documents match `query` (counted by the caller, who often needs it anyway). */
  readonly count: number;
}

function encodeSegmentCursor(key: string, id: string): string {
  return Buffer.from(`seg:${key}:${id}`).toString('base64url');
}

function decodeSegmentCursor(cursor: string): { key: string; id: Types.ObjectId } {
  const match = /^seg:([A-Z_]{1,20}):([0-9a-f]{24})$/.exec(
    Buffer.from(cursor, 'base64url').toString(),
  );
  if (!match) throw new InvalidInputError('after', 'Deze cursor is ongeldig.');
  return { key: match[1]!, id: new Types.ObjectId(match[2]) };
}

/**
 * One page over segments in their order, each segment newest first: e.g. open requests before
 * placed ones. A cursor names its segment and the item's id, so the next page goes on where
 * this one ended.
 */
export async function segmentedNewestFirstPage<
  D extends { _id: Types.ObjectId },
  T extends { id: string },
>(
  model: Model<D>,
  segments: readonly PageSegment<D>[],
  first: number,
  after: string | null,
  toItem: (doc: D) => T,
): Promise<Page<T> & { readonly cursors: readonly string[] }> {
  const start = after ? decodeSegmentCursor(after) : null;
  const startIndex = start ? segments.findIndex((segment) => segment.key === start.key) : 0;
  if (startIndex < 0) throw new InvalidInputError('after', 'Deze cursor is ongeldig.');
  const found: { key: string; doc: D }[] = [];
  for (let index = startIndex; index < segments.length && found.length <= first; index++) {
    const segment = segments[index]!;
    if (segment.count === 0) continue;
    const query = (
      start && index === startIndex ? { ...segment.query, _id: { $lt: start.id } } : segment.query
    ) as QueryFilter<D>;
    const docs = await model
      .find(query)
      .sort({ _id: -1 })
      .limit(first + 1 - found.length)
      .lean<D[]>()
      .exec();
    found.push(...docs.map((doc) => ({ key: segment.key, doc })));
  }
  const shown = found.slice(0, first);
  const cursors = shown.map(({ key, doc }) => encodeSegmentCursor(key, doc._id.toHexString()));
  return {
    items: shown.map(({ doc }) => toItem(doc)),
    cursors,
    hasNextPage: found.length > first,
    endCursor: cursors.at(-1) ?? null,
    totalCount: segments.reduce((sum, segment) => sum + segment.count, 0),
  };
}
