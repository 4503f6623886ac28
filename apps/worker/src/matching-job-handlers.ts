import { Injectable, Logger } from '@nestjs/common';
import { AffectedRequests, ShortlistRecompute, ShortlistSweep } from '@wmo/matching';
import { SupportRequestRepository } from '@wmo/persistence';
import { MatchingQueue, type MatchingJobHandlers } from '@wmo/queue';

/** One small, idempotent handler per matching job; each delegates to a matching service. */
@Injectable()
export class MatchingJobHandlerSet {
  private readonly logger = new Logger('MatchingJobs');

  constructor(
    private readonly affected: AffectedRequests,
    private readonly recompute: ShortlistRecompute,
    private readonly sweep: ShortlistSweep,
    private readonly requests: SupportRequestRepository,
    private readonly queue: MatchingQueue,
  ) {}

  readonly handlers: MatchingJobHandlers = {
    'offering-changed': async ({ offeringId, cause, previous }) => {
      const requestIds = await this.affected.ofOfferingChange(offeringId, previous);
      await this.queue.recomputeShortlists(requestIds.map((requestId) => ({ requestId, cause })));
      return { affected: requestIds.length };
    },
    'request-changed': async ({ requestId, cause }) => {
      await this.queue.recomputeShortlists([{ requestId, cause }]);
      return { queued: 1 };
    },
    'recompute-shortlist': async ({ requestId, cause }) => {
      const outcome = await this.recompute.recompute(requestId, cause);
      this.logger.debug(`recompute ${requestId}: ${outcome.kind}`);
      return outcome;
    },
    'policy-changed': async ({ municipalityCode }) => {
      const requestIds = await this.requests.findActiveIds(municipalityCode);
      await this.queue.recomputeShortlists(
        requestIds.map((requestId) => ({ requestId, cause: { kind: 'POLICY_CHANGED' as const } })),
      );
      return { affected: requestIds.length };
    },
    sweep: async ({ trigger }) => this.sweep.run(trigger),
  };
}
