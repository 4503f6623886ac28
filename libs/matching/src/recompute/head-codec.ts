import type { ShownSummary } from '@wmo/domain';
import type { ShortlistHead } from '@wmo/persistence';

/**
 * A head as cached, with what the worker that computed it knew: the offering change stream
 * position its inputs reflect (the revision includes every change up to there) and what it shows.
 */
export interface CachedHead extends ShortlistHead {
  readonly position?: string;
  readonly shown?: ShownSummary;
}

/**
 * What a head knows beyond revision and digest, as one string: `position[:shown as JSON]`. Also
 * stored as the revision document's note, so a rebuild from the database gets it back.
 */
export function headNote(head: Pick<CachedHead, 'position' | 'shown'>): string {
  return `${head.position ?? ''}` + (head.shown ? `:${JSON.stringify(head.shown)}` : '');
}

/** A head read from the database, with what its writer's note says. */
export function fromStored(head: ShortlistHead): CachedHead {
  return (
    parseHead(`${head.revision}:${head.digest}:${head.note ?? ''}`) ?? {
      revision: head.revision,
      digest: head.digest,
    }
  );
}

/**
 * `revision:digest:position[:shown as JSON]` as ADVANCE writes it (digests and stream ids hold
 * no colon); anything unreadable after the digest is left out, which only makes readers careful.
 */
export function parseHead(value: string | null): CachedHead | null {
  if (!value) return null;
  const [revisionText = '', digest = '', position = '', ...rest] = value.split(':');
  const revision = Number(revisionText);
  if (!Number.isInteger(revision) || revision < 1 || digest === '') return null;
  const head: CachedHead = { revision, digest, ...(position ? { position } : {}) };
  if (rest.length === 0) return head;
  try {
    return { ...head, shown: JSON.parse(rest.join(':')) as ShownSummary };
  } catch {
    return head;
  }
}
