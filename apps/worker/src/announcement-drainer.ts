import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { AnnouncementDrain } from '@wmo/matching';
import { MatchingQueue } from '@wmo/queue';

/** How often the worker looks for announcements that writers could not deliver. */
export const OUTBOX_DRAIN_INTERVAL_MS = 1_000;

/**
 * Delivers the matching-announcement outbox: every second while Redis is reachable, and at once
 * when the connection to Redis comes back. A round that fails (MongoDB away) is retried on the
 * next tick.
 */
@Injectable()
export class AnnouncementDrainer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AnnouncementDrainer.name);
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly drain: AnnouncementDrain,
    private readonly queue: MatchingQueue,
  ) {}

  onApplicationBootstrap(): void {
    this.queue.onConnected(() => this.tick());
    this.timer = setInterval(() => this.tick(), OUTBOX_DRAIN_INTERVAL_MS);
    this.tick();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }

  private tick(): void {
    if (this.stopped || !this.queue.isConnected()) return;
    this.drain.drain().catch((error: unknown) => {
      this.logger.warn(`outbox round failed: ${(error as Error).message}`);
    });
  }
}
