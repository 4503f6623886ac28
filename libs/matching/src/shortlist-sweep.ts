import { Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { SupportRequestRepository } from '@wmo/persistence';
import { MatchingRedis } from './matching-redis';
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

/** The safety net: recomputes every open request and counts what was out of date. */
@Injectable()
export class ShortlistSweep {
  private readonly logger = new Logger(ShortlistSweep.name);
  private readonly redis: Redis;
  private readonly resultKey: string;

  constructor(
    shared: MatchingRedis,
    private readonly requests: SupportRequestRepository,
    private readonly recompute: ShortlistRecompute,
  ) {
    this.redis = shared.client;
    this.resultKey = `${shared.prefix}:${LAST_SWEEP_STAT}`;
  }

  async run(trigger: string): Promise<SweepResult> {
    const startedAt = new Date().toISOString();
    const ids = await this.requests.findActiveIds();
    let outOfDate = 0;
    let failed = 0;
    for (const id of ids) {
      try {
        const outcome = await this.recompute.recompute(id, { kind: 'SWEEP' });
        if (outcome.kind === 'stored') outOfDate++;
      } catch (error) {
        failed++;
        this.logger.warn(`sweep could not recompute request ${id}: ${(error as Error).message}`);
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
