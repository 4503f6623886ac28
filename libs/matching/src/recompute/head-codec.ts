import type { ShownSummary } from '@wmo/domain';
import type { ShortlistHead } from '@wmo/persistence';
import { compareStreamIds } from '../read-model/change-stream-follower';

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

/**
 * Whether a head was ranked from inputs at or after an offering change stream entry, and so
 * already shows what that change does.
 */
export function reflectsChange(
  head: CachedHead | undefined,
  streamId: string | undefined,
): boolean {
  const position = head?.position;
  return !!streamId && !!position && compareStreamIds(position, streamId) >= 0;
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
  // Cut at the first three colons only: the shown summary's JSON holds colons of its own.
  const [revisionEnd, digestEnd, positionEnd] = colonsAfter(value, 3);
  const revision = Number(value.slice(0, revisionEnd));
  const digest = value.slice(revisionEnd + 1, digestEnd);
  if (!Number.isInteger(revision) || revision < 1 || digest === '') return null;
  const position = value.slice(digestEnd + 1, positionEnd);
  const head: CachedHead = { revision, digest, ...(position ? { position } : {}) };
  if (positionEnd >= value.length) return head;
  try {
    return { ...head, shown: JSON.parse(value.slice(positionEnd + 1)) as ShownSummary };
  } catch {
    return head;
  }
}

/** Indexes of the first `count` colons; the string's length stands in for those missing. */
function colonsAfter(value: string, count: number): number[] {
  const found: number[] = [];
  let from = 0;
  while (found.length < count) {
    const at = value.indexOf(':', from);
    const end = at < 0 ? value.length : at;
    found.push(end);
    from = end + 1;
  }
  return found;
}
