import { Injectable, Logger } from '@nestjs/common';
import { AffectedRequests, ShortlistRecompute } from '@wmo/matching';
import { MatchingQueue, type MatchingJobHandlers } from '@wmo/queue';

/** One small, idempotent handler per matching job; each delegates to a matching service. */
@Injectable()
export class MatchingJobHandlerSet {
  private readonly logger = new Logger('MatchingJobs');

  constructor(
    private readonly affected: AffectedRequests,
    private readonly recompute: ShortlistRecompute,
    private readonly queue: MatchingQueue,
  ) {}

  readonly handlers: MatchingJobHandlers = {
    'offering-changed': async ({ offeringId, cause }) => {
      const requestIds = await this.affected.ofOffering(offeringId);
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
  };
}
