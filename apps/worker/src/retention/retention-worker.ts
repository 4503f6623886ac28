import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { QueueName, RetentionJob, RetentionQueue, RedisConnections } from '@wmo/queue';
import { QueueProcessor } from '../queue-processor';
import { RetentionJobHandlerSet } from './retention-job-handlers';

/** The retention queue's worker: applies the retention periods on a schedule. */
@Injectable()
export class RetentionWorker extends QueueProcessor implements OnApplicationBootstrap {
  constructor(
    redis: RedisConnections,
    handlerSet: RetentionJobHandlerSet,
    private readonly queue: RetentionQueue,
  ) {
    super(redis, QueueName.Retention, Object.values(RetentionJob), handlerSet.handlers);
  }

  async onApplicationBootstrap(): Promise<void> {
    // One run at a time is enough: a run works through every batch itself.
    await this.start(1);
    await this.queue.schedule();
  }
}
