import { Injectable } from '@nestjs/common';
import type { RetentionJobHandlers } from '@wmo/queue';
import { DataRetention } from './data-retention';

/** One small, idempotent handler per retention job. */
@Injectable()
export class RetentionJobHandlerSet {
  constructor(private readonly retention: DataRetention) {}

  readonly handlers: RetentionJobHandlers = {
    'apply-retention': () => this.retention.run(),
  };
}
