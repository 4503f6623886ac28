import { Injectable, Logger } from '@nestjs/common';
import type { MatchableOffering, Offering } from '@wmo/domain';
import { OfferingRepository } from '@wmo/persistence';
import { offeringChangeStreamKey } from '@wmo/queue';
import { REFRESH_CONCURRENCY } from './change-stream-follower';
import { forEachConcurrently } from './for-each-concurrently';
import { MatchingRedis } from './matching-redis';
import { StreamFollowedCopy } from './stream-followed-copy';
import { OfferingCatalog } from './offering-catalog';

/**
 * The worker's in-memory copy of every offering, in the shape the engine reads. Reading 1,000s
 * of offerings per recompute is what costs most (about 60 µs a document on FerretDB), so the
 * cache reads them once and then re-reads only the offerings named on the change stream.
 * `sync()` before ranking is enough for freshness: a change is written to the database, then
 * appended to the stream, then its job is queued — so the stream already holds it.
 */
@Injectable()
export class OfferingCache extends StreamFollowedCopy {
  private readonly logger = new Logger(OfferingCache.name);
  private readonly byId = new Map<string, MatchableOffering>();
  private readonly byProduct = new Map<string, Map<string, MatchableOffering>>();

  constructor(
    shared: MatchingRedis,
    private readonly offerings: OfferingRepository,
    private readonly catalog: OfferingCatalog,
  ) {
    super(shared.client, offeringChangeStreamKey(shared.prefix), 'offeringId', (message) =>
      this.logger.warn(message),
    );
  }

  forProduct(productCode: string): MatchableOffering[] {
    return [...(this.byProduct.get(productCode)?.values() ?? [])];
  }

  /** The offering change stream position the cache reflects at least. */
  get position(): string | null {
    return this.follower.position;
  }

  /** Offerings changed after `position` (see ChangeStreamFollower.idsAfter). */
  changedAfter(position: string): Promise<string[]> {
    return this.follower.idsAfter(position);
  }

  get(offeringId: string): MatchableOffering | undefined {
    return this.byId.get(offeringId);
  }

  get size(): number {
    return this.byId.size;
  }

  protected async loadAll(): Promise<void> {
    const all = await this.offerings.find({});
    this.byId.clear();
    this.byProduct.clear();
    await this.store(all, []);
    this.logger.log(`offering cache loaded: ${this.byId.size} offerings`);
  }

  protected async refresh(ids: readonly string[]): Promise<void> {
    // One `_id` lookup each: FerretDB answers `_id: {$in}` by reading every offering.
    const found: Offering[] = [];
    await forEachConcurrently(ids, REFRESH_CONCURRENCY, async (id) => {
      const offering = await this.offerings.findById(id);
      if (offering) found.push(offering);
    });
    const foundIds = new Set(found.map((offering) => offering.id));
    await this.store(
      found,
      ids.filter((id) => !foundIds.has(id)),
    );
  }

  private async store(
    offerings: readonly Offering[],
    removedIds: readonly string[],
  ): Promise<void> {
    const matchables = await this.catalog.join(offerings);
    for (const id of removedIds) this.remove(id);
    for (const matchable of matchables) {
      this.remove(matchable.id);
      this.byId.set(matchable.id, matchable);
      const product = this.byProduct.get(matchable.productCode) ?? new Map();
      product.set(matchable.id, matchable);
      this.byProduct.set(matchable.productCode, product);
    }
  }

  private remove(id: string): void {
    const previous = this.byId.get(id);
    if (!previous) return;
    this.byId.delete(id);
    this.byProduct.get(previous.productCode)?.delete(id);
  }
}
