import { InvalidInputError } from '@wmo/domain';
import { Types } from 'mongoose';

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
