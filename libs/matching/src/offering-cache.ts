import { Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { MatchableOffering, Offering } from '@wmo/domain';
import { OfferingRepository } from '@wmo/persistence';
import { offeringChangeStreamKey } from '@wmo/queue';
import { MatchingRedis } from './matching-redis';
import { OfferingCatalog } from './offering-catalog';

type StreamEntry = [id: string, fields: string[]];

/**
 * The worker's in-memory copy of every offering, in the shape the engine reads. Reading 1,000s
 * of offerings per recompute is what costs most (about 60 µs a document on FerretDB), so the
 * cache reads them once and then re-reads only the offerings named on the change stream.
 * `sync()` before ranking is enough for freshness: a change is written to the database, then
 * appended to the stream, then its job is queued — so the stream already holds it.
 */
@Injectable()
export class OfferingCache {
  private readonly logger = new Logger(OfferingCache.name);
  private readonly redis: Redis;
  private readonly streamKey: string;
  private readonly byId = new Map<string, MatchableOffering>();
  private readonly byProduct = new Map<string, Map<string, MatchableOffering>>();
  private lastEntryId: string | null = null;
  private syncing: Promise<void> | null = null;
  private requestedSyncs = 0;
  private completedSyncs = 0;

  constructor(
    shared: MatchingRedis,
    private readonly offerings: OfferingRepository,
    private readonly catalog: OfferingCatalog,
  ) {
    this.redis = shared.client;
    this.streamKey = offeringChangeStreamKey(shared.prefix);
  }

  /** Brings the cache up to date with every change appended before this call. */
  async sync(): Promise<void> {
    const requested = ++this.requestedSyncs;
    // Single flight: only a pass that started after this call covers it.
    while (this.completedSyncs < requested) {
      if (!this.syncing) {
        const covers = this.requestedSyncs;
        this.syncing = this.syncOnce()
          .then(() => {
            this.completedSyncs = Math.max(this.completedSyncs, covers);
          })
          .finally(() => {
            this.syncing = null;
          });
      }
      await this.syncing;
    }
  }

  forProduct(productCode: string): MatchableOffering[] {
    return [...(this.byProduct.get(productCode)?.values() ?? [])];
  }

  get(offeringId: string): MatchableOffering | undefined {
    return this.byId.get(offeringId);
  }

  get size(): number {
    return this.byId.size;
  }

  private async syncOnce(): Promise<void> {
    if (this.lastEntryId === null) return this.reloadAll();
    const entries = (await this.redis.xrange(
      this.streamKey,
      `(${this.lastEntryId}`,
      '+',
    )) as StreamEntry[];
    if (entries.length === 0) return;
    const oldest = (await this.redis.xrange(this.streamKey, '-', '+', 'COUNT', 1)) as StreamEntry[];
    if (oldest[0] && compareIds(oldest[0][0], this.lastEntryId) > 0) {
      // The stream was trimmed past our position: changes may be missing.
      this.logger.warn('offering change stream trimmed past this worker; reloading all');
      return this.reloadAll();
    }
    const ids = [...new Set(entries.map(([, fields]) => fieldValue(fields, 'offeringId')))];
    await this.refresh(ids.filter((id): id is string => id !== null));
    this.lastEntryId = entries[entries.length - 1]?.[0] ?? this.lastEntryId;
  }

  private async reloadAll(): Promise<void> {
    // Read the position first: anything appended after it is re-read on the next sync.
    const newest = (await this.redis.xrevrange(
      this.streamKey,
      '+',
      '-',
      'COUNT',
      1,
    )) as StreamEntry[];
    const all = await this.offerings.find({});
    this.byId.clear();
    this.byProduct.clear();
    await this.store(all, []);
    this.lastEntryId = newest[0]?.[0] ?? '0-0';
    this.logger.log(`offering cache loaded: ${this.byId.size} offerings`);
  }

  private async refresh(ids: readonly string[]): Promise<void> {
    const found = await this.offerings.findByIds(ids);
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

function fieldValue(fields: string[], name: string): string | null {
  const index = fields.indexOf(name);
  return index >= 0 ? (fields[index + 1] ?? null) : null;
}

/** Compares Redis stream ids ("ms-seq"). */
function compareIds(a: string, b: string): number {
  const [aMs = 0, aSeq = 0] = a.split('-').map(Number);
  const [bMs = 0, bSeq = 0] = b.split('-').map(Number);
  return aMs - bMs || aSeq - bSeq;
}
