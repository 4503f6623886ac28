import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { OfferingCache, PolicyBook, RequestBook, ShortlistHeads } from '@wmo/matching';
import { MatchingQueue, ReferralQueue } from '@wmo/queue';

/** How often the worker checks that its schedulers exist and Redis still holds its data. */
export const UPKEEP_INTERVAL_MS = 10_000;

/**
 * Keeps the worker whole across Redis outages and data loss, without a restart:
 *
 * - after every reconnect it reloads its in-memory copies (offerings, open requests, policies)
 *   from the database, since change notices may have been lost with the connection;
 * - when Redis lost its data (the data marker is gone: restarted without persistence, failed
 *   over to an empty replica, flushed) it registers the schedulers again, queues a sweep (the
 *   backlog, queued jobs and change streams are gone; the sweep recomputes every open request
 *   from the database) and expires the holds that fell due (their delayed jobs are gone too);
 * - every UPKEEP_INTERVAL_MS it checks the marker and the schedulers, and wakes the backlog
 *   job of any partition that still holds entries (a batch whose job failed for good).
 */
@Injectable()
export class RedisRecovery implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RedisRecovery.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly matching: MatchingQueue,
    private readonly referrals: ReferralQueue,
    private readonly offerings: OfferingCache,
    private readonly book: RequestBook,
    private readonly policies: PolicyBook,
    private readonly heads: ShortlistHeads,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.matching.claimDataMarker()) && (await this.hasOpenRequests())) {
      // Redis is empty but the database is not: Redis lost its data while no worker ran.
      await this.recoverLostData();
    }
    // Connected by now: every later 'ready' is a reconnect.
    this.matching.onConnected(() => {
      this.logger.warn('connection to Redis is back: reloading and checking what Redis holds');
      void this.run(true);
    });
    this.timer = setInterval(() => void this.run(false), UPKEEP_INTERVAL_MS);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One pass at a time; a failed pass (Redis or MongoDB away) is tried again next time. */
  private run(reconnected: boolean): Promise<void> {
    this.running ??= this.pass(reconnected)
      .catch((error: unknown) => {
        this.logger.warn(`upkeep failed: ${(error as Error).message}`);
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async pass(reconnected: boolean): Promise<void> {
    if (!this.matching.isConnected()) return;
    if (reconnected) {
      this.policies.forget();
      await Promise.all([this.offerings.reload(), this.book.reload()]);
    }
    if (await this.matching.claimDataMarker()) {
      await this.recoverLostData();
      return;
    }
    await this.ensureSchedulers();
    await this.matching.wakeWaitingBacklogs();
  }

  private async recoverLostData(): Promise<void> {
    this.logger.warn('Redis lost its data: schedulers again, a sweep, and due holds expired');
    await this.ensureSchedulers();
    await this.heads.ensureComplete();
    await this.matching.sweep({ trigger: 'recovery' });
    await this.referrals.expireDueHoldsNow();
  }

  private async ensureSchedulers(): Promise<void> {
    if (!(await this.matching.hasNightlySweep())) await this.matching.scheduleNightlySweep();
    if (!(await this.referrals.hasDueHoldsSweep())) await this.referrals.scheduleDueHoldsSweep();
  }

  private async hasOpenRequests(): Promise<boolean> {
    await this.book.sync();
    return this.book.activeIds().length > 0;
  }
}
