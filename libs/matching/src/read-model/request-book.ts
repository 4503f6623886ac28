import { Injectable, Logger } from '@nestjs/common';
import { SystemScope, type MatchableRequest } from '@wmo/domain';
import { SupportRequestRepository } from '@wmo/persistence';
import { requestChangeStreamKey } from '@wmo/queue';
import { ActiveRequestIndex } from './active-request-index';
import { REFRESH_CONCURRENCY } from './change-stream-follower';
import { forEachConcurrently } from '../shared/for-each-concurrently';
import { MatchingRedis } from '../shared/matching-redis';
import { StreamFollowedCopy } from './stream-followed-copy';

const REQUEST_BOOK = SystemScope.of('worker:request-book');

/** FerretDB pushes down only `_id` equality: one read per id beats one `$in` that scans all. */

/**
 * The worker's in-memory copy of the active requests, so that an offering change finds the
 * requests it may affect without a query (on FerretDB one decodes every request). Kept current
 * like the offering cache: every request change is appended to the request change stream.
 */
@Injectable()
export class RequestBook extends StreamFollowedCopy {
  private readonly logger = new Logger(RequestBook.name);
  private readonly index = new ActiveRequestIndex();

  constructor(
    shared: MatchingRedis,
    private readonly requests: SupportRequestRepository,
  ) {
    super(shared.client, requestChangeStreamKey(shared.prefix), 'requestId', (message) =>
      this.logger.warn(message),
    );
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

  protected async loadAll(): Promise<void> {
    this.index.replaceAll(await this.requests.findActive(REQUEST_BOOK));
    this.logger.log(`request book loaded: ${this.index.size} active requests`);
  }

  protected async refresh(ids: readonly string[]): Promise<void> {
    await forEachConcurrently(ids, REFRESH_CONCURRENCY, async (id) => {
      const request = await this.requests.findInScope(REQUEST_BOOK, id);
      if (request) this.index.put(request);
      else this.index.remove(id);
    });
  }
}
