import { Injectable, Logger } from '@nestjs/common';
import {
  summarizeShown,
  type MatchableRequest,
  type RankedShortlist,
  type ShortlistCause,
  type ShortlistRevision,
  type ShownSummary,
} from '@wmo/domain';
import { encodeContent, ShortlistRepository, type EncodedContent } from '@wmo/persistence';
import { MatchingQueue, type BacklogItem } from '@wmo/queue';
import { forEachConcurrently } from '../shared/for-each-concurrently';
import { StepClock } from '../shared/step-clock';
import { OfferingCache } from '../read-model/offering-cache';
import { PolicyBook } from '../read-model/policy-book';
import { RequestBook } from '../read-model/request-book';
import { ShortlistEvents } from './shortlist-events';
import { verdictFor } from './offering-verdict';
import { fromStored, headNote, reflectsChange, type CachedHead } from './head-codec';
import { ShortlistHeads } from './shortlist-heads';

export type RecomputeOutcome =
  | { readonly kind: 'stored'; readonly revision: number }
  | { readonly kind: 'unchanged'; readonly revision: number }
  | { readonly kind: 'skipped'; readonly why: 'not-open' | 'already-current' };

export interface RecomputeItem {
  readonly requestId: string;
  readonly cause: ShortlistCause;
  /** Ask the database, not the cached head, where the request stands (after a failed try). */
  readonly verify?: boolean;
  /**
   * The latest offering change stream entry asking for this recompute, when such changes are all
   * it waits for (BacklogItem.streamId): a head ranked from inputs at or after it is current.
   */
  readonly streamId?: string;
}

const MAX_ATTEMPTS = 5;
const VERIFY_CONCURRENCY = 8;

/**
 * Recomputes shortlists from the current data and stores each changed one as the next revision.
 *
 * Correct under concurrency without transactions or atomic updates: a request's head (latest
 * revision) is read before the inputs (offerings, requests, policies), and the new revision is
 * inserted as head + 1 under the `_id` fence. If another recompute stored that number first,
 * this one may have read older inputs, so that request starts over, asking the database for its
 * head. The last stored revision was therefore always computed from inputs read after every
 * earlier one was stored.
 *
 * Fast on a burst: the heads come from a Redis cache (ShortlistHeads), the inputs from memory
 * (OfferingCache, RequestBook, PolicyBook; each request ranked against its candidates only),
 * and all changed shortlists of a batch are written with one unordered insert.
 */
@Injectable()
export class ShortlistRecompute {
  private readonly logger = new Logger(ShortlistRecompute.name);

  constructor(
    private readonly book: RequestBook,
    private readonly shortlists: ShortlistRepository,
    private readonly heads: ShortlistHeads,
    private readonly offerings: OfferingCache,
    private readonly policies: PolicyBook,
    private readonly events: ShortlistEvents,
    private readonly queue: MatchingQueue,
  ) {}

  /** One outcome per item, in the same order. */
  async recomputeMany(items: readonly RecomputeItem[]): Promise<RecomputeOutcome[]> {
    if (items.length === 0) return [];
    const clock = new StepClock();
    // 1. Heads, before any input is read.
    await this.heads.ensureComplete();
    const heads = await this.heads.get(items.map((item) => item.requestId));
    await forEachConcurrently(
      items.filter((item) => item.verify),
      VERIFY_CONCURRENCY,
      async ({ requestId }) => {
        const head = await this.databaseHead(requestId, heads.get(requestId));
        if (head) heads.set(requestId, head);
        else heads.delete(requestId);
      },
    );
    clock.step('heads');
    // 2. Inputs.
    const ranker = await this.ranker();
    const { rank, position } = ranker;
    clock.step('inputs');
    // 3. Rank, and store what changed in one insert.
    const outcomes: RecomputeOutcome[] = [];
    const candidates: {
      index: number;
      request: MatchableRequest;
      revision: ShortlistRevision;
      encoded: EncodedContent;
      shown: ShownSummary;
    }[] = [];
    const computedAt = new Date();
    const seen = new Map<string, CachedHead>();
    items.forEach((item, index) => {
      const request = this.book.get(item.requestId);
      if (!request) {
        outcomes[index] = { kind: 'skipped', why: 'not-open' };
        return;
      }
      const head = heads.get(item.requestId);
      if (reflectsChange(head, item.streamId)) {
        // Stored since the change job read the head it judged: ranked from inputs that hold
        // every change that asked, so a ranking now would show the same.
        outcomes[index] = { kind: 'skipped', why: 'already-current' };
        return;
      }
      const { ranked, shown } = rank(request, computedAt);
      const encoded = encodeContent(ranked);
      if (head?.digest === encoded.digest) {
        outcomes[index] = { kind: 'unchanged', revision: head.revision };
        // The same revision, now known to reflect the inputs up to `position`.
        seen.set(item.requestId, { ...head, shown, ...positionOf(position) });
        return;
      }
      const revision = revisionOf(item, (head?.revision ?? 0) + 1, computedAt, ranked);
      candidates.push({ index, request, revision, encoded, shown });
    });
    clock.step('rank');
    const stored = await this.shortlists.insertMany(
      candidates.map((c) => ({
        revision: c.revision,
        note: headNote({ shown: c.shown, ...positionOf(position) }),
        encoded: c.encoded,
      })),
    );
    clock.step('insert');
    const advanced = new Map<string, CachedHead>();
    const collided: { index: number; item: RecomputeItem }[] = [];
    candidates.forEach((candidate, at) => {
      const item = items[candidate.index] as RecomputeItem;
      if (stored[at]) {
        advanced.set(item.requestId, {
          revision: candidate.revision.revision,
          digest: candidate.encoded.digest,
          shown: candidate.shown,
          ...positionOf(position),
        });
        outcomes[candidate.index] = { kind: 'stored', revision: candidate.revision.revision };
      } else {
        collided.push({ index: candidate.index, item });
      }
    });
    await this.heads.advance(new Map([...seen, ...advanced]));
    await this.events.published(
      [...advanced].map(([requestId, head]) => ({ requestId, revision: head.revision })),
    );
    await this.recheckLaterChanges(
      candidates.filter((_, at) => stored[at]),
      ranker,
    );
    for (const { index, item } of collided) {
      this.logger.debug(`revision taken for request ${item.requestId}; starting it over`);
      outcomes[index] = await this.recomputeAlone(item);
    }
    clock.step('announce');
    await this.events.counted(outcomes.map((outcome) => outcome.kind));
    await this.events.timed(clock.elapsedSeconds());
    this.logger.debug(
      `batch of ${items.length}, ${candidates.length} to store: ${clock.summary()}`,
    );
    return outcomes;
  }

  /** The slow path after a collision: the database says where the request stands. */
  private async recomputeAlone(item: RecomputeItem): Promise<RecomputeOutcome> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const cached = (await this.heads.get([item.requestId])).get(item.requestId);
      const head = await this.databaseHead(item.requestId, cached);
      const ranker = await this.ranker();
      const { rank, position } = ranker;
      const request = this.book.get(item.requestId);
      if (!request) return { kind: 'skipped', why: 'not-open' };
      const computedAt = new Date();
      const { ranked, shown } = rank(request, computedAt);
      const encoded = encodeContent(ranked);
      const { digest } = encoded;
      if (head?.digest === digest) {
        const seenHead = { ...head, shown, ...positionOf(position) };
        await this.heads.advance(new Map([[item.requestId, seenHead]]));
        return { kind: 'unchanged', revision: head.revision };
      }
      const revision = revisionOf(item, (head?.revision ?? 0) + 1, computedAt, ranked);
      const note = headNote({ shown, ...positionOf(position) });
      if (await this.shortlists.insert(revision, note, encoded)) {
        await this.heads.advance(
          new Map([
            [
              item.requestId,
              { revision: revision.revision, digest, shown, ...positionOf(position) },
            ],
          ]),
        );
        await this.events.published([{ requestId: item.requestId, revision: revision.revision }]);
        await this.recheckLaterChanges([{ request, shown }], ranker);
        return { kind: 'stored', revision: revision.revision };
      }
    }
    throw new Error(`could not store a shortlist revision after ${MAX_ATTEMPTS} attempts`);
  }

  /** The head as the database has it, searched from the cached one (which may lag). */
  private async databaseHead(
    requestId: string,
    cached: CachedHead | undefined,
  ): Promise<CachedHead | null> {
    const stored = await this.shortlists.latestHead(requestId, cached?.revision);
    return stored ? fromStored(stored) : null;
  }

  /** Brings every input up to date; ranks from memory. */
  private async ranker(): Promise<Ranker> {
    await Promise.all([this.offerings.sync(), this.book.sync()]);
    // Read at once after the sync: the ranking reflects at least these stream entries.
    const position = this.offerings.position;
    const requestPosition = this.book.position;
    const policyFor = await this.policies.snapshot();
    return {
      position,
      requestPosition,
      rank: (request, now) => {
        const policy = policyFor(request.municipalityCode);
        const ranked = this.offerings.rank(request, policy, now);
        return { ranked, shown: summarizeShown(ranked.options, policy.shortlistSize) };
      },
    };
  }

  /**
   * The other half of AffectedRequests' bargain: offerings that changed after the ranking's
   * inputs were read may have been judged against the heads just replaced. For each stored
   * request, any such offering that passes for it or was shown puts it back on the backlog.
   *
   * Likewise a stored request that itself changed after the ranking read it: the recompute its
   * change asked for may have run in between, found the head it read (the one just replaced) as
   * it would rank it, and stored nothing, so this revision, ranked from the request as it was,
   * would stay.
   */
  private async recheckLaterChanges(
    stored: readonly { readonly request: MatchableRequest; readonly shown: ShownSummary }[],
    { position, requestPosition }: Pick<Ranker, 'position' | 'requestPosition'>,
  ): Promise<void> {
    if (stored.length === 0) return;
    if (position === null || requestPosition === null) {
      await this.queue.recomputeShortlists(
        stored.map(({ request }) => ({ requestId: request.id, cause: { kind: 'SWEEP' } })),
      );
      return;
    }
    const [later, laterRequests] = await Promise.all([
      this.offerings.changedAfter(position),
      this.book.changedAfter(requestPosition),
    ]);
    if (later.length === 0 && laterRequests.length === 0) return;
    if (later.length > 0) await this.offerings.sync();
    const changedRequests = new Set(laterRequests);
    const now = new Date();
    const again: BacklogItem[] = [];
    for (const { request, shown } of stored) {
      if (changedRequests.has(request.id)) {
        again.push({ requestId: request.id, cause: { kind: 'REQUEST_CHANGED' } });
        continue;
      }
      const changed = later.find((offeringId) => {
        const offering = this.offerings.get(offeringId);
        return (
          shown.offeringIds.includes(offeringId) ||
          (offering?.productCode === request.productCode &&
            verdictFor(request, offering, now) === 'PASSES')
        );
      });
      if (changed) {
        again.push({
          requestId: request.id,
          cause: { kind: 'OFFERING_CHANGED', offeringId: changed },
        });
      }
    }
    await this.queue.recomputeShortlists(again);
  }
}

function positionOf(position: string | null): { position?: string } {
  return position ? { position } : {};
}

interface Ranker {
  /** The offering change stream position the inputs reflect at least. */
  readonly position: string | null;
  /** The request change stream position the inputs reflect at least. */
  readonly requestPosition: string | null;
  readonly rank: (
    request: MatchableRequest,
    now: Date,
  ) => { readonly ranked: RankedShortlist; readonly shown: ShownSummary };
}

function revisionOf(
  item: RecomputeItem,
  revision: number,
  computedAt: Date,
  ranked: RankedShortlist,
): ShortlistRevision {
  return {
    requestId: item.requestId,
    revision,
    computedAt,
    cause: item.cause,
    options: ranked.options,
  };
}
