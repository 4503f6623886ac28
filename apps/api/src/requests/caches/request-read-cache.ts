import { Injectable, Logger } from '@nestjs/common';
import {
  isActiveRequestStatus,
  mayReadRequest,
  SystemScope,
  type RecordScope,
  type SupportRequest,
} from '@wmo/domain';
import { MatchingRedis } from '@wmo/matching';
import { isObjectId, SupportRequestRepository } from '@wmo/persistence';
import { requestChangeStreamKey } from '@wmo/queue';
import { StreamFollowedCache } from './stream-followed-cache';

/** A backstop only, as for offerings (README "Caches"). */
const CACHED_MAX_AGE_MS = 5 * 60_000;

/** Requests kept: every open request of a region (~10,000), and then some. */
export const CACHED_REQUESTS = 20_000;

const CACHE_READER = SystemScope.of('request-read-cache');

/**
 * Open and referred requests as `request(id)` and the staff pages read them, forgotten as soon
 * as a change to them is announced on the request-change stream. Every write to a request is
 * announced there through the outbox (create, change, close, a referral's every step, a
 * resident's preference); the retention job changes only finished requests, which are never
 * kept. The caller's scope is checked on every read, as the repository does.
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
      // One `_id` read each: FerretDB answers `_id: {$in}` by reading every request.
      load: async (ids) => {
        const found = await Promise.all(ids.map((id) => requests.findInScope(CACHE_READER, id)));
        return new Map(
          found.flatMap((request) => (request ? [[request.id, request] as const] : [])),
        );
      },
      keep: (request) => isActiveRequestStatus(request.status),
      warn: (message) => this.logger.warn(message),
    });
  }

  /** The requests in the caller's scope, in the order asked (null: absent or outside it). */
  async findInScope(
    scope: RecordScope,
    ids: readonly string[],
  ): Promise<(SupportRequest | null)[]> {
    const found = await this.cache.getMany(ids.filter(isObjectId));
    return ids.map((id) => {
      const request = found.get(id);
      return request && mayReadRequest(scope, request) ? request : null;
    });
  }
}
