import { Injectable, Logger } from '@nestjs/common';
import { mayReadRequest, SystemScope, type RecordScope, type SupportRequest } from '@wmo/domain';
import { MatchingRedis } from '@wmo/matching';
import { SupportRequestRepository } from '@wmo/persistence';
import { requestChangeStreamKey } from '@wmo/queue';
import { StreamFollowedCache } from './stream-followed-cache';

/** Requests kept; about a region's open requests. */
export const CACHED_REQUESTS = 20_000;
/**
 * A backstop only: an entry is read again after this long even without a change announced
 * (see the README's "Caches": a change written while Redis was unreachable is announced late).
 */
export const CACHED_MAX_AGE_MS = 5 * 60_000;

/** The cache loads every request it is asked for; each read checks the caller's scope. */
const CACHE_LOAD = SystemScope.of('api:request-cache');

/**
 * Support requests as `request(id)` reads them, forgotten as soon as a change to them is
 * announced on the request-change stream (every change to a request's fields or status is).
 * The preferred option is not taken from here: it is written without an announcement and read
 * from the database by its own field.
 */
@Injectable()
export class RequestReadCache {
  private readonly logger = new Logger(RequestReadCache.name);
  private readonly cache: StreamFollowedCache<SupportRequest>;

  constructor(shared: MatchingRedis, requests: SupportRequestRepository) {
    this.cache = new StreamFollowedCache({
      redis: shared.client,
      streamKey: requestChangeStreamKey(shared.prefix),
      idField: 'requestId',
      capacity: CACHED_REQUESTS,
      maxAgeMs: CACHED_MAX_AGE_MS,
      load: async (ids) => {
        const found = await Promise.all(ids.map((id) => requests.findInScope(CACHE_LOAD, id)));
        return new Map(found.flatMap((request) => (request ? [[request.id, request]] : [])));
      },
      warn: (message) => this.logger.warn(message),
    });
  }

  /** The request if it exists and is in `scope` (as SupportRequestRepository.findInScope). */
  async findInScope(scope: RecordScope, id: string): Promise<SupportRequest | null> {
    const request = (await this.cache.getMany([id])).get(id);
    return request && mayReadRequest(scope, request) ? request : null;
  }

  /** Forgets a request, e.g. right after this process changed it. */
  evict(id: string): void {
    this.cache.evict(id);
  }

  get size(): number {
    return this.cache.size;
  }
}
