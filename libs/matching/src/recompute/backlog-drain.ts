import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { MatchingQueue, RECOMPUTE_MAX_WAIT_MS } from '@wmo/queue';
import { ShortlistRecompute } from './shortlist-recompute';

/** How many requests one batch takes: big enough for one insert of many, small enough to
 * show the first results within a fraction of a second. */
export const BACKLOG_BATCH_SIZE = 500;

const MIN_NAP_MS = 5;

export interface DrainResult {
  readonly batches: number;
  readonly stored: number;
  readonly unchanged: number;
  readonly skipped: number;
}

/**
 * Works through one partition of the recompute backlog in batches until it is empty, waiting
 * for entries that are not due yet (their changes are still settling).
 */
@Injectable()
export class BacklogDrain {
  constructor(
    private readonly queue: MatchingQueue,
    private readonly recompute: ShortlistRecompute,
  ) {}

  async run(partition: number): Promise<DrainResult> {
    const backlog = this.queue.backlogs[partition];
    if (!backlog) throw new Error(`no recompute backlog partition ${partition}`);
    const result = { batches: 0, stored: 0, unchanged: 0, skipped: 0 };
    for (;;) {
      const entries = await backlog.take(BACKLOG_BATCH_SIZE);
      if (entries.length === 0) {
        // Nothing due: done when nothing waits, otherwise wait for the soonest to settle.
        const untilDue = await backlog.untilDue();
        if (untilDue === null) return result;
        await sleep(Math.min(Math.max(untilDue, MIN_NAP_MS), RECOMPUTE_MAX_WAIT_MS));
        continue;
      }
      const outcomes = await this.recompute.recomputeMany(
        entries.map((entry) => ({
          requestId: entry.requestId,
          cause: entry.cause,
          verify: entry.retaken,
          streamId: entry.streamId,
        })),
      );
      // Only now: a batch that fails stays in the backlog and is taken again on the retry.
      await backlog.done(entries);
      result.batches++;
      for (const outcome of outcomes) result[outcome.kind]++;
    }
  }
}
