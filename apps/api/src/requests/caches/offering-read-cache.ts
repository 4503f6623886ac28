import { Injectable, Logger } from '@nestjs/common';
import type { Offering } from '@wmo/domain';
import { MatchingRedis } from '@wmo/matching';
import { OfferingRepository } from '@wmo/persistence';
import { offeringChangeStreamKey } from '@wmo/queue';
import { StreamFollowedCache } from './stream-followed-cache';

/**
 * A backstop only: an entry is read again after this long even without a change announced
 * (see the README's "Caches": a change written while Redis was unreachable is announced late).
 */
const CACHED_MAX_AGE_MS = 5 * 60_000;

/** Offerings kept: every offering of a region (1,000), a good part of the country's. */
export const CACHED_OFFERINGS = 5_000;

/**
 * Offerings as a shortlist option's `offering` field and other lists read them, forgotten as
 * soon as a change to them is announced on the offering-change stream (every create, update and
 * capacity report is: the worker's own copy depends on it).
 */
@Injectable()
export class OfferingReadCache {
  private readonly logger = new Logger(OfferingReadCache.name);
  private readonly cache: StreamFollowedCache<Offering>;

  constructor(shared: MatchingRedis, offerings: OfferingRepository) {
    this.cache = new StreamFollowedCache({
      redis: shared.client,
      streamKey: offeringChangeStreamKey(shared.prefix),
      idField: 'offeringId',
      capacity: CACHED_OFFERINGS,
      maxAgeMs: CACHED_MAX_AGE_MS,
      load: async (ids) =>
        new Map((await offerings.findByIds(ids)).map((offering) => [offering.id, offering])),
      warn: (message) => this.logger.warn(message),
    });
  }

  /** The offerings found, in the order asked (null: not found). */
  async findByIds(ids: readonly string[]): Promise<(Offering | null)[]> {
    const found = await this.cache.getMany(ids);
    return ids.map((id) => found.get(id) ?? null);
  }

  /** Forgets an offering, e.g. right after this process changed it. */
  evict(id: string): void {
    this.cache.evict(id);
  }
}
