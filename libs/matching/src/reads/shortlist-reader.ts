import { Injectable } from '@nestjs/common';
import {
  mayReadRequest,
  type RecordScope,
  type ResidentScope,
  type ShortlistRevision,
  type SupportRequest,
} from '@wmo/domain';
import { ShortlistRepository } from '@wmo/persistence';
import { ShortlistHeads } from '../recompute/shortlist-heads';

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

  /** The shortlist of a request as the caller read it; none outside the caller's scope. */
  latest(
    scope: RecordScope,
    request: Pick<SupportRequest, 'id' | 'municipalityCode'>,
  ): Promise<ShortlistRevision | null> {
    return mayReadRequest(scope, request) ? this.latestOf(request.id) : Promise.resolve(null);
  }

  /** A resident's own request: the scope itself names it. */
  ofOwnRequest(scope: ResidentScope): Promise<ShortlistRevision | null> {
    return this.latestOf(scope.requestId);
  }

  private async latestOf(requestId: string): Promise<ShortlistRevision | null> {
    let hint = 0;
    try {
      hint = (await this.heads.get([requestId])).get(requestId)?.revision ?? 0;
    } catch {
      // Redis away: fall back to the database alone.
    }
    return this.shortlists.latest(requestId, hint);
  }
}
