import { createHash } from 'node:crypto';
import { isObjectId } from './object-ids';

/**
 * The platform id a record imported under an outside id (an HSDS id) gets: the id itself when
 * it is one of the platform's own (a file the platform exported), else 8 bytes of a SHA-256 of
 * kind and id behind a zero timestamp. The same file always maps to the same ids, so an import
 * that stopped half-way finds what it already wrote and a re-run completes it instead of
 * duplicating. The zero timestamp (an ObjectId starts with its creation second) keeps a hash from
 * posing as a date: lists sorted newest first show imported records after the platform's own.
 */
export function exchangeObjectId(kind: 'provider' | 'offering', outsideId: string): string {
  if (isObjectId(outsideId)) return outsideId;
  return `00000000${createHash('sha256').update(`${kind}:${outsideId}`).digest('hex').slice(0, 16)}`;
}

/** A record with the outside id it was imported under (null: its platform id is its HSDS id). */
export interface WithExternalId<T> {
  readonly record: T;
  readonly externalId: string | null;
}
