import { Injectable } from '@nestjs/common';
import type { ShortlistOption, ShortlistRevision } from '@wmo/domain';
import { sharedCode, sharedId, sharedLabel, ShortlistHeads, type CachedHead } from '@wmo/matching';
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
    if (!stored) return null;
    const kept = withSharedText(stored);
    this.revisions.set(shortlistDocumentId(requestId, stored.revision), kept);
    return kept;
  }
}

/**
 * The revision with one instance of each id, provider name and reason text across the cache:
 * every decoded revision brings its own copies of the same few Dutch labels (tens of MB at
 * 20,000 revisions).
 */
function withSharedText(revision: ShortlistRevision): ShortlistRevision {
  return { ...revision, options: revision.options.map(optionWithSharedText) };
}

function optionWithSharedText(option: ShortlistOption): ShortlistOption {
  return {
    ...option,
    offeringId: sharedId(option.offeringId),
    providerId: sharedId(option.providerId),
    providerName: sharedLabel(option.providerName),
    reasons: option.reasons.map((reason) => ({
      code: sharedCode(reason.code),
      label: sharedLabel(reason.label),
      points: reason.points,
    })),
  };
}
