import type { Connection } from 'mongoose';
import { fromShortlistDocument } from '../../libs/persistence/src/shortlists/shortlist.codec';
import type { ShortlistDocument } from '../../libs/persistence/src/shortlists/shortlist.schema';
import { shortlistKey } from './expected';
import type { RevisionAnnouncements } from './observers';

export interface StoredRevision {
  readonly requestId: string;
  readonly revision: number;
  readonly computedAt: Date;
  readonly key: string;
}

/** Every revision the worker stored after the seed (revision 1 is the seed's own). */
export async function readNewRevisions(connection: Connection): Promise<StoredRevision[]> {
  const docs = await connection
    .collection<ShortlistDocument>('shortlists')
    .find({ revision: { $gte: 2 } })
    .toArray();
  return docs.map((doc) => {
    const revision = fromShortlistDocument(doc);
    return {
      requestId: revision.requestId,
      revision: revision.revision,
      computedAt: revision.computedAt,
      key: shortlistKey(revision),
    };
  });
}

export interface Freshness {
  /** Requests whose expected shortlist differs from revision 1: work that had to be done. */
  readonly needed: number;
  /** Of those, the requests whose options changed (all of them: a revision holds options only). */
  readonly optionsChanged: number;
  /** needed, plus requests the worker stored a new revision for. */
  readonly affected: number;
  /** Affected requests whose latest stored revision is the expected one. */
  readonly current: number;
  readonly stale: number;
  /** Per current affected request: ms from t0 until its final revision was announced. */
  readonly latenciesMs: readonly number[];
  /**
   * Per current affected request: ms from the answer of the last change that could reach it
   * (same product, a municipality it serves) until its final revision was announced; requests
   * no answered change reaches (a revision nobody needed) are left out.
   */
  readonly fromAnsweredMs: readonly number[];
  /** How many latencies came from the stored computedAt because no announcement was seen. */
  readonly fromComputedAt: number;
  /** New revisions stored for requests whose expected shortlist equals revision 1. */
  readonly needlessRevisions: number;
}

export function analyseFreshness(
  revision1: ReadonlyMap<string, string>,
  expected: ReadonlyMap<string, string>,
  stored: readonly StoredRevision[],
  announcements: RevisionAnnouncements,
  t0: number,
  reachedAt: ReadonlyMap<string, number>,
): Freshness {
  const latest = new Map<string, StoredRevision>();
  const storedPerRequest = new Map<string, number>();
  for (const revision of stored) {
    const known = latest.get(revision.requestId);
    if (!known || revision.revision > known.revision) latest.set(revision.requestId, revision);
    storedPerRequest.set(revision.requestId, (storedPerRequest.get(revision.requestId) ?? 0) + 1);
  }
  let needed = 0;
  let optionsChanged = 0;
  let affected = 0;
  let current = 0;
  let fromComputedAt = 0;
  let needlessRevisions = 0;
  const latenciesMs: number[] = [];
  const fromAnsweredMs: number[] = [];
  for (const [requestId, firstKey] of revision1) {
    const expectedKey = expected.get(requestId) ?? firstKey;
    const last = latest.get(requestId);
    const isNeeded = expectedKey !== firstKey;
    if (isNeeded) needed++;
    if (optionsOf(expectedKey) !== optionsOf(firstKey)) optionsChanged++;
    if (!isNeeded) needlessRevisions += storedPerRequest.get(requestId) ?? 0;
    if (!isNeeded && !last) continue;
    affected++;
    if (!last || last.key !== expectedKey) continue;
    current++;
    const announced = announcements.at(requestId, last.revision);
    if (announced === undefined) fromComputedAt++;
    const currentAt = announced ?? last.computedAt.getTime();
    latenciesMs.push(currentAt - t0);
    const answered = reachedAt.get(requestId);
    if (answered !== undefined) fromAnsweredMs.push(Math.max(0, currentAt - answered));
  }
  return {
    needed,
    optionsChanged,
    affected,
    current,
    stale: affected - current,
    latenciesMs,
    fromAnsweredMs,
    fromComputedAt,
    needlessRevisions,
  };
}

/** The options part of a shortlist key (see shortlistKey): all of it. */
function optionsOf(key: string): string {
  return key;
}
