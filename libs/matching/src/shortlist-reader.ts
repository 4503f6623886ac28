import { Injectable } from '@nestjs/common';
import type { ShortlistRevision } from '@wmo/domain';
import { ShortlistRepository } from '@wmo/persistence';
import { ShortlistHeads } from './shortlist-heads';

/**
 * Reads a request's current shortlist: the cached head says which revision that is, and the
 * database confirms it by `_id` (and finds a newer one if the cache lags). Without Redis the
 * database alone answers, a few lookups slower.
 */
@Injectable()
export class ShortlistReader {
  constructor(
    private readonly heads: ShortlistHeads,
    private readonly shortlists: ShortlistRepository,
  ) {}

  async latest(requestId: string): Promise<ShortlistRevision | null> {
    let hint = 0;
    try {
      hint = (await this.heads.get([requestId])).get(requestId)?.revision ?? 0;
    } catch {
      // Redis away: fall back to the database alone.
    }
    return this.shortlists.latest(requestId, hint);
  }
}
