import { Injectable } from '@nestjs/common';
import {
  AffectedRequests,
  BacklogDrain,
  CoverageReporter,
  RequestBook,
  ShortlistSweep,
} from '@wmo/matching';
import { MUNICIPALITIES } from '@wmo/reference';
import { MatchingQueue, type MatchingJobHandlers } from '@wmo/queue';

/** One small, idempotent handler per matching job; each delegates to a matching service. */
@Injectable()
export class MatchingJobHandlerSet {
  constructor(
    private readonly affected: AffectedRequests,
    private readonly drain: BacklogDrain,
    private readonly sweep: ShortlistSweep,
    private readonly book: RequestBook,
    private readonly queue: MatchingQueue,
    private readonly coverage: CoverageReporter,
  ) {}

  readonly handlers: MatchingJobHandlers = {
    'offering-changed': async ({ offeringId, cause, previous, streamId }) => {
      const requestIds = await this.affected.ofOfferingChange(offeringId, previous, streamId);
      await this.queue.recomputeShortlists(
        requestIds.map((requestId) => ({ requestId, cause, streamId })),
      );
      return { affected: requestIds.length };
    },
    'request-changed': async ({ requestId, cause }) => {
      await this.queue.recomputeShortlists([{ requestId, cause }]);
      return { queued: 1 };
    },
    'recompute-backlog': ({ partition }) => this.drain.run(partition),
    'policy-changed': async ({ municipalityCode }) => {
      await this.book.sync();
      const requestIds = this.book.activeIds(municipalityCode);
      await this.queue.recomputeShortlists(
        requestIds.map((requestId) => ({ requestId, cause: { kind: 'POLICY_CHANGED' as const } })),
      );
      return { affected: requestIds.length };
    },
    sweep: async ({ trigger }) => this.sweep.run(trigger),
    'coverage-snapshot': async () => ({
      stored: await this.coverage.takeSnapshot(REGION_CODES, new Date()),
    }),
  };
}

const REGION_CODES = MUNICIPALITIES.filter((m) => m.inRegion).map((m) => m.code);
