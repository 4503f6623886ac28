import { Injectable, Logger } from '@nestjs/common';
import type { MatchableRequest } from '@wmo/domain';
import { SupportRequestRepository } from '@wmo/persistence';
import { requestChangeStreamKey } from '@wmo/queue';
import { ActiveRequestIndex } from './active-request-index';
import { ChangeStreamFollower, REFRESH_CONCURRENCY } from './change-stream-follower';
import { forEachConcurrently } from './for-each-concurrently';
import { MatchingRedis } from './matching-redis';

/** FerretDB pushes down only `_id` equality: one read per id beats one `$in` that scans all. */

/**
 * The worker's in-memory copy of the active requests, so that an offering change finds the
 * requests it may affect without a query (on FerretDB one decodes every request). Kept current
 * like the offering cache: every request change is appended to the request change stream.
 */
@Injectable()
export class RequestBook {
  private readonly logger = new Logger(RequestBook.name);
  private readonly follower: ChangeStreamFollower;
  private readonly index = new ActiveRequestIndex();

  constructor(
    shared: MatchingRedis,
    private readonly requests: SupportRequestRepository,
  ) {
    this.follower = new ChangeStreamFollower({
      redis: shared.client,
      streamKey: requestChangeStreamKey(shared.prefix),
      idField: 'requestId',
      copy: { loadAll: () => this.loadAll(), refresh: (ids) => this.refresh(ids) },
      warn: (message) => this.logger.warn(message),
    });
  }

  /** Brings the book up to date with every request change appended before this call. */
  sync(): Promise<void> {
    return this.follower.sync();
  }

  /** Reads everything from the database again (the sweep's check on lost notices). */
  reload(): Promise<void> {
    return this.follower.reload();
  }

  get(requestId: string): MatchableRequest | undefined {
    return this.index.get(requestId);
  }

  /** Active requests for this product in any of these municipalities. */
  activeFor(productCode: string, municipalityCodes: readonly string[] | 'ALL'): MatchableRequest[] {
    return this.index.activeFor(productCode, municipalityCodes);
  }

  /** Ids of the active requests, of one municipality if given. */
  activeIds(municipalityCode?: string): string[] {
    return this.index.activeIds(municipalityCode);
  }

  get size(): number {
    return this.index.size;
  }

  private async loadAll(): Promise<void> {
    this.index.replaceAll(await this.requests.findActive({ all: true }));
    this.logger.log(`request book loaded: ${this.index.size} active requests`);
  }

  private async refresh(ids: readonly string[]): Promise<void> {
    await forEachConcurrently(ids, REFRESH_CONCURRENCY, async (id) => {
      const request = await this.requests.findInScope({ all: true }, id);
      if (request) this.index.put(request);
      else this.index.remove(id);
    });
  }
}
