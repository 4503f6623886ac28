import { Injectable, Logger } from '@nestjs/common';
import { SystemScope, type MatchableRequest } from '@wmo/domain';
import { SupportRequestRepository } from '@wmo/persistence';
import { requestChangeStreamKey } from '@wmo/queue';
import { ActiveRequestIndex } from './active-request-index';
import { REFRESH_CONCURRENCY } from './change-stream-follower';
import { forEachConcurrently } from '../shared/for-each-concurrently';
import { MatchingRedis } from '../shared/matching-redis';
import type { SnapshotRow } from './read-model-snapshot';
import { REQUEST_SNAPSHOT_FORMAT, requestFromRow, requestRow } from './snapshot-rows';
import { StreamFollowedCopy } from './stream-followed-copy';

const REQUEST_BOOK = SystemScope.of('worker:request-book');

/**
 * The worker's in-memory copy of the active requests, so that an offering change finds the
 * requests it may affect without a query (on FerretDB one decodes every request). Kept current
 * like the offering cache: every request change is appended to the request change stream.
 */
@Injectable()
export class RequestBook extends StreamFollowedCopy {
  private readonly logger = new Logger(RequestBook.name);
  /** Replaced whole on a load, so a reader never sees a half-filled one. */
  private index = new ActiveRequestIndex();

  constructor(
    shared: MatchingRedis,
    private readonly requests: SupportRequestRepository,
  ) {
    super({
      redis: shared.client,
      streamKey: requestChangeStreamKey(shared.prefix),
      idField: 'requestId',
      snapshot: { key: `${shared.prefix}:snapshot:requests`, format: REQUEST_SNAPSHOT_FORMAT },
      log: (message) => this.logger.log(message),
      warn: (message) => this.logger.warn(message),
    });
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
    const started = Date.now();
    const index = new ActiveRequestIndex();
    await this.requests.eachActive(REQUEST_BOOK, (request) => index.put(request));
    this.index = index;
    this.logger.log(
      `request book loaded: ${index.size} active requests in ${Date.now() - started} ms`,
    );
  }

  protected *rows(): Iterable<SnapshotRow> {
    for (const request of this.index.values()) yield requestRow(request);
  }

  protected replaceWithRows(rows: readonly SnapshotRow[]): void {
    const index = new ActiveRequestIndex();
    for (const row of rows) index.putActive(requestFromRow(row));
    this.index = index;
  }

  protected async refresh(ids: readonly string[]): Promise<void> {
    await forEachConcurrently(ids, REFRESH_CONCURRENCY, async (id) => {
      const request = await this.requests.findInScope(REQUEST_BOOK, id);
      if (request) this.index.put(request);
      else this.index.remove(id);
    });
  }
}
