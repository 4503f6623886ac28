import { Injectable, Logger } from '@nestjs/common';
import {
  ACTIVE_REQUEST_STATUSES,
  rankOfferings,
  type RankedShortlist,
  type ShortlistCause,
  type ShortlistRevision,
} from '@wmo/domain';
import { ShortlistRepository, SupportRequestRepository } from '@wmo/persistence';
import { toMatchableRequest } from './matchable';
import { OfferingCache } from './offering-cache';
import { PolicyBook } from './policy-book';
import { ShortlistEvents } from './shortlist-events';

export type RecomputeOutcome =
  | { readonly kind: 'stored'; readonly revision: number }
  | { readonly kind: 'unchanged'; readonly revision: number }
  | { readonly kind: 'skipped'; readonly why: 'not-found' | 'not-active' };

const MAX_ATTEMPTS = 5;

/**
 * Recomputes one request's shortlist from the current data and stores it as the next revision.
 *
 * Correct under concurrency without transactions or atomic updates: the latest revision is read
 * before the inputs, and the new one is inserted as latest + 1 under a unique index. If another
 * recompute stored that number first, this one may have read older inputs, so it starts over.
 * The last stored revision was therefore always computed from inputs read after every earlier one.
 */
@Injectable()
export class ShortlistRecompute {
  private readonly logger = new Logger(ShortlistRecompute.name);

  constructor(
    private readonly requests: SupportRequestRepository,
    private readonly shortlists: ShortlistRepository,
    private readonly offerings: OfferingCache,
    private readonly policies: PolicyBook,
    private readonly events: ShortlistEvents,
  ) {}

  async recompute(requestId: string, cause: ShortlistCause): Promise<RecomputeOutcome> {
    const outcome = await this.attempt(requestId, cause);
    await this.events.counted(outcome.kind);
    return outcome;
  }

  private async attempt(requestId: string, cause: ShortlistCause): Promise<RecomputeOutcome> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const latest = await this.shortlists.latest(requestId);
      const request = await this.requests.findInScope({ all: true }, requestId);
      if (!request) return { kind: 'skipped', why: 'not-found' };
      if (!(ACTIVE_REQUEST_STATUSES as readonly string[]).includes(request.status)) {
        return { kind: 'skipped', why: 'not-active' };
      }
      await this.offerings.sync();
      const ranked = rankOfferings(
        toMatchableRequest(request),
        this.offerings.forProduct(request.productCode),
        await this.policies.policyFor(request.municipalityCode),
        new Date(),
      );
      if (latest && sameShortlist(latest, ranked)) {
        return { kind: 'unchanged', revision: latest.revision };
      }
      const revision: ShortlistRevision = {
        requestId,
        revision: (latest?.revision ?? 0) + 1,
        computedAt: new Date(),
        cause,
        options: ranked.options,
        exclusions: ranked.exclusions,
      };
      if (await this.shortlists.insert(revision)) {
        await this.events.published({ requestId, revision: revision.revision });
        return { kind: 'stored', revision: revision.revision };
      }
      this.logger.debug(`revision ${revision.revision} was taken; recomputing (${attempt})`);
    }
    throw new Error(`could not store a shortlist revision after ${MAX_ATTEMPTS} attempts`);
  }
}

/** Same options and exclusions as users see them. */
export function sameShortlist(
  stored: Pick<RankedShortlist, 'options' | 'exclusions'>,
  computed: Pick<RankedShortlist, 'options' | 'exclusions'>,
): boolean {
  return JSON.stringify(comparable(stored)) === JSON.stringify(comparable(computed));
}

function comparable(shortlist: Pick<RankedShortlist, 'options' | 'exclusions'>) {
  return {
    options: shortlist.options.map((option) => ({
      offeringId: option.offeringId,
      rank: option.rank,
      score: option.score,
      distanceKm: option.distanceKm,
      waitingWeeks: option.waitingWeeks,
      freePlaces: option.freePlaces,
      waitingList: option.waitingList,
      stale: option.stale,
      reasons: option.reasons.map((r) => ({ code: r.code, label: r.label, points: r.points })),
    })),
    exclusions: shortlist.exclusions.map((e) => ({ code: e.code, count: e.count })),
  };
}
