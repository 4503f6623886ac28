import { Injectable, Logger } from '@nestjs/common';
import {
  CandidateIndex,
  type MatchableOffering,
  type MatchableRequest,
  type MatchingPolicy,
  type Offering,
  type RankedShortlist,
} from '@wmo/domain';
import { OfferingRepository } from '@wmo/persistence';
import { offeringChangeStreamKey } from '@wmo/queue';
import { REFRESH_CONCURRENCY } from './change-stream-follower';
import { forEachConcurrently } from '../shared/for-each-concurrently';
import { MatchingRedis } from '../shared/matching-redis';
import { KEPT_TEXT } from '../shared/shared-values';
import type { SnapshotRow } from './read-model-snapshot';
import { OFFERING_SNAPSHOT_FORMAT, offeringFromRow, offeringRow } from './snapshot-rows';
import { StreamFollowedCopy } from './stream-followed-copy';
import { OfferingCatalog } from './offering-catalog';

/**
 * The worker's in-memory copy of every offering, in the shape the engine reads. Reading 1,000s
 * of offerings per recompute is what costs most (about 60 µs a document on FerretDB), so the
 * cache reads them once and then re-reads only the offerings named on the change stream.
 * `sync()` before ranking is enough for freshness: a change is written to the database, then
 * appended to the stream, then its job is queued — so the stream already holds it.
 * The offerings are held in a CandidateIndex, so a request is ranked against only the offerings
 * of its product that serve its municipality.
 */
@Injectable()
export class OfferingCache extends StreamFollowedCopy {
  private readonly logger = new Logger(OfferingCache.name);
  /** Replaced whole on a load, so a reader never sees a half-filled one. */
  private index = new CandidateIndex();
  private changes = 0;

  constructor(
    shared: MatchingRedis,
    private readonly offerings: OfferingRepository,
    private readonly catalog: OfferingCatalog,
  ) {
    super({
      redis: shared.client,
      streamKey: offeringChangeStreamKey(shared.prefix),
      idField: 'offeringId',
      snapshot: { key: `${shared.prefix}:snapshot:offerings`, format: OFFERING_SNAPSHOT_FORMAT },
      log: (message) => this.logger.log(message),
      warn: (message) => this.logger.warn(message),
    });
  }

  /** rankOfferings(request, the offerings of its product, policy, now), from the index. */
  rank(request: MatchableRequest, policy: MatchingPolicy, now: Date): RankedShortlist {
    return this.index.rank(request, policy, now);
  }

  get(offeringId: string): MatchableOffering | undefined {
    return this.index.get(offeringId);
  }

  get size(): number {
    return this.index.size;
  }

  /**
   * Moves with every change the copy takes in (a load, a refresh), in the same synchronous step:
   * two reads that see the same version see the same offerings.
   */
  get version(): number {
    return this.changes;
  }

  protected async loadAll(): Promise<void> {
    const all = await this.offerings.find({});
    const matchables = await this.catalog.join(all, KEPT_TEXT);
    this.replaceWith(matchables);
    this.logger.log(`offering cache loaded: ${this.index.size} offerings`);
  }

  protected *rows(): Iterable<SnapshotRow> {
    for (const offering of this.index.values()) yield offeringRow(offering);
  }

  protected replaceWithRows(rows: readonly SnapshotRow[]): void {
    this.replaceWith(rows.map(offeringFromRow));
  }

  private replaceWith(offerings: readonly MatchableOffering[]): void {
    const index = new CandidateIndex();
    for (const offering of offerings) index.put(offering);
    this.index = index;
    this.changes += 1;
  }

  protected async refresh(ids: readonly string[]): Promise<void> {
    // One `_id` lookup each: FerretDB answers `_id: {$in}` by reading every offering.
    const started = performance.now();
    const found: Offering[] = [];
    await forEachConcurrently(ids, REFRESH_CONCURRENCY, async (id) => {
      const offering = await this.offerings.findById(id);
      if (offering) found.push(offering);
    });
    const read = performance.now();
    const foundIds = new Set(found.map((offering) => offering.id));
    await this.store(
      found,
      ids.filter((id) => !foundIds.has(id)),
    );
    this.logger.debug(
      `refreshed ${ids.length} offerings: read ${Math.round(read - started)} ms, ` +
        `joined ${Math.round(performance.now() - read)} ms`,
    );
  }

  private async store(
    offerings: readonly Offering[],
    removedIds: readonly string[],
  ): Promise<void> {
    const matchables = await this.catalog.join(offerings, KEPT_TEXT);
    for (const id of removedIds) this.index.remove(id);
    // An offering whose provider is gone is left out by the join: it leaves the index too.
    const joined = new Set(matchables.map((matchable) => matchable.id));
    for (const offering of offerings) if (!joined.has(offering.id)) this.index.remove(offering.id);
    for (const matchable of matchables) this.index.put(matchable);
    this.changes += 1;
  }
}
