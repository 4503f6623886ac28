import { Injectable } from '@nestjs/common';
import type { ShortlistRevision } from '@wmo/domain';
import { ShortlistHeads, type CachedHead } from '@wmo/matching';
import { ShortlistRepository, shortlistDocumentId } from '@wmo/persistence';
import { Lru } from './lru';

/** Decoded revisions kept; a region's open requests each have one current revision. */
export const CACHED_REVISIONS = 20_000;

/**
 * Reads requests' current shortlists without asking the database again for a revision it
 * already gave: the current revision's number comes from the heads in Redis (advanced by the
 * worker after it stored the revision and before it announced it), the revision itself from an
 * LRU of decoded revisions keyed by their `_id` (`<requestId>:<revision>`). A stored revision
 * is never changed, so an entry of that LRU cannot be out of date; a newer revision has another
 * key. Without a head (not computed yet, or Redis away) the database answers, as before.
 */
@Injectable()
export class ShortlistReadCache {
  private readonly revisions = new Lru<string, ShortlistRevision>(CACHED_REVISIONS);

  constructor(
    private readonly heads: ShortlistHeads,
    private readonly shortlists: ShortlistRepository,
  ) {}

  async latest(requestId: string): Promise<ShortlistRevision | null> {
    return (await this.latestOf([requestId]))[0] ?? null;
  }

  /** The current revision of each request, in the order given (one Redis read for all). */
  async latestOf(requestIds: readonly string[]): Promise<(ShortlistRevision | null)[]> {
    let heads: Map<string, CachedHead> = new Map();
    try {
      heads = await this.heads.get(requestIds);
    } catch {
      // Redis away: the database alone answers.
    }
    return Promise.all(requestIds.map((id) => this.current(id, heads.get(id)?.revision ?? 0)));
  }

  /** How many decoded revisions are held now (for metrics and tests). */
  get size(): number {
    return this.revisions.size;
  }

  private async current(requestId: string, head: number): Promise<ShortlistRevision | null> {
    if (head > 0) {
      const cached = this.revisions.get(shortlistDocumentId(requestId, head));
      if (cached) return cached;
    }
    // As without a cache: from the head (if any) the database finds the newest revision.
    const stored = await this.shortlists.latest(requestId, head);
    if (stored) this.revisions.set(shortlistDocumentId(requestId, stored.revision), stored);
    return stored;
  }
}
