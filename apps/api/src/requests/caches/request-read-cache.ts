import { Injectable, Logger } from '@nestjs/common';
import type { SupportRequest } from '@wmo/domain';
import { ChangeStreamFollower, MatchingRedis } from '@wmo/matching';
import { SupportRequestRepository, type RequestScope } from '@wmo/persistence';
import { requestChangeStreamKey } from '@wmo/queue';
import { Lru } from './lru';

/** Requests kept; about a region's open requests. */
export const CACHED_REQUESTS = 20_000;
/**
 * A backstop only: an entry is read again after this long even without a change announced
 * (see the README's "Caches": a change written while Redis was unreachable is announced late).
 */
export const CACHED_REQUEST_MAX_AGE_MS = 5 * 60_000;

interface Entry {
  readonly request: SupportRequest;
  readonly loadedAt: number;
}

/**
 * Support requests as `request(id)` reads them, kept in memory and forgotten as soon as a
 * change to them is announced on the request-change stream. Every change to a request's fields
 * or status is appended to that stream after it is written and before the mutation answers;
 * each read first brings the cache up to date with every entry appended before the read
 * (one Redis round trip, shared by concurrent reads), so no change that was answered before a
 * read began can be missing from it. The preferred option is not cached: it is written without
 * an announcement and read from the database by its own field.
 */
@Injectable()
export class RequestReadCache {
  private readonly logger = new Logger(RequestReadCache.name);
  private readonly entries = new Lru<string, Entry>(CACHED_REQUESTS);
  private readonly follower: ChangeStreamFollower;
  /** Bumped by every eviction: a database read that saw one happen is not stored. */
  private generation = 0;

  constructor(
    shared: MatchingRedis,
    private readonly requests: SupportRequestRepository,
  ) {
    this.follower = new ChangeStreamFollower({
      redis: shared.client,
      streamKey: requestChangeStreamKey(shared.prefix),
      idField: 'requestId',
      copy: {
        // The first sync, or a stream trimmed past this process: trust nothing held.
        loadAll: async () => this.clear(),
        refresh: async (ids) => ids.forEach((id) => this.evict(id)),
      },
      warn: (message) => this.logger.warn(message),
    });
  }

  /** The request if it exists and is in `scope` (as SupportRequestRepository.findInScope). */
  async findInScope(scope: RequestScope, id: string): Promise<SupportRequest | null> {
    try {
      await this.follower.sync();
    } catch {
      // Redis away: changes cannot be followed, so nothing held is trusted.
      this.clear();
      return this.requests.findInScope(scope, id);
    }
    const request = await this.current(id);
    if (!request) return null;
    const allowed = 'all' in scope || scope.municipalityCodes.includes(request.municipalityCode);
    return allowed ? request : null;
  }

  /** Forgets a request, e.g. right after this process changed it. */
  evict(id: string): void {
    this.generation++;
    this.entries.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }

  private async current(id: string): Promise<SupportRequest | null> {
    const held = this.entries.get(id);
    if (held && Date.now() - held.loadedAt < CACHED_REQUEST_MAX_AGE_MS) return held.request;
    const generation = this.generation;
    const loadedAt = Date.now();
    const request = await this.requests.findInScope({ all: true }, id);
    // A change announced while the database answered may not be in what it answered.
    if (request && generation === this.generation) this.entries.set(id, { request, loadedAt });
    return request;
  }

  private clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
