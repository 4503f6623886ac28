import { Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { BACKLOG_BATCH_SIZE } from './backlog-drain';
import { MatchingRedis } from '../shared/matching-redis';
import { OfferingCache } from '../read-model/offering-cache';
import { RequestBook } from '../read-model/request-book';
import { ShortlistHeads } from './shortlist-heads';
import { ShortlistRecompute } from './shortlist-recompute';

export interface SweepResult {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly trigger: string;
  readonly checked: number;
  /** Shortlists the sweep had to change: each one is a missed update. Should be 0. */
  readonly outOfDate: number;
  readonly failed: number;
}

export const LAST_SWEEP_STAT = 'stats:sweep:last';

/**
 * The safety net: recomputes every open request and counts what was out of date. It trusts no
 * cache: offerings, open requests and shortlist heads are read again from the database first,
 * so a change whose notice was lost (Redis away at the wrong moment) is found here.
 */
@Injectable()
export class ShortlistSweep {
  private readonly logger = new Logger(ShortlistSweep.name);
  private readonly redis: Redis;
  private readonly resultKey: string;

  constructor(
    shared: MatchingRedis,
    private readonly offerings: OfferingCache,
    private readonly book: RequestBook,
    private readonly heads: ShortlistHeads,
    private readonly recompute: ShortlistRecompute,
  ) {
    this.redis = shared.client;
    this.resultKey = `${shared.prefix}:${LAST_SWEEP_STAT}`;
  }

  async run(trigger: string): Promise<SweepResult> {
    const startedAt = new Date().toISOString();
    await this.heads.rebuild();
    await Promise.all([this.offerings.reload(), this.book.reload()]);
    const ids = this.book.activeIds();
    let outOfDate = 0;
    let failed = 0;
    for (let start = 0; start < ids.length; start += BACKLOG_BATCH_SIZE) {
      const batch = ids.slice(start, start + BACKLOG_BATCH_SIZE);
      try {
        const outcomes = await this.recompute.recomputeMany(
          batch.map((requestId) => ({ requestId, cause: { kind: 'SWEEP' as const } })),
        );
        outOfDate += outcomes.filter((outcome) => outcome.kind === 'stored').length;
      } catch (error) {
        failed += batch.length;
        this.logger.warn(
          `sweep could not recompute ${batch.length} requests: ${(error as Error).message}`,
        );
      }
    }
    const result: SweepResult = {
      startedAt,
      finishedAt: new Date().toISOString(),
      trigger,
      checked: ids.length,
      outOfDate,
      failed,
    };
    await this.redis.set(this.resultKey, JSON.stringify(result));
    this.logger.log(`sweep: ${result.checked} checked, ${outOfDate} out of date, ${failed} failed`);
    return result;
  }
}
