import { Processor } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { QueueName, RetentionJob, RetentionQueue } from '@wmo/queue';
import { processorOptions, QueueProcessor } from '../queue-processor';
import { RetentionJobHandlerSet } from './retention-job-handlers';

/** The retention queue's worker: applies the retention periods on a schedule. */
@Processor(QueueName.Retention, processorOptions())
export class RetentionWorker extends QueueProcessor implements OnApplicationBootstrap {
  constructor(
    handlerSet: RetentionJobHandlerSet,
    private readonly queue: RetentionQueue,
  ) {
    super(QueueName.Retention, Object.values(RetentionJob), handlerSet.handlers);
  }

  async onApplicationBootstrap(): Promise<void> {
    // One run at a time is enough: a run works through every batch itself.
    await this.start(1);
    await this.queue.schedule();
  }
}
