import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { TooManyAttemptsError } from '@wmo/domain';
import { RedisConnections } from '@wmo/queue';

/** Failed logins allowed per email address within one window. */
export const LOGIN_FAILURES_ALLOWED = 10;
export const LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * Slows down password guessing: after too many failed logins for one email address within a
 * quarter of an hour, logins for it are refused until the window ends, even with the right
 * password. Counts live in Redis, so every api instance shares them; only failures count, and a
 * success clears them. Per address, not per client network address: behind a proxy every client
 * would share one, and a stranger could lock everybody out. Without Redis it lets logins through
 * (and logs that): being able to log in matters more than the brake.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(redis: RedisConnections) {
    this.redis = redis.connection('commands');
    this.prefix = `${redis.prefix}:login-failures`;
  }

  async assertAllowed(email: string): Promise<void> {
    const failures = await this.safely(() => this.redis.get(this.keyOf(email)));
    if (Number(failures ?? 0) >= LOGIN_FAILURES_ALLOWED) throw new TooManyAttemptsError();
  }

  async failed(email: string): Promise<void> {
    const key = this.keyOf(email);
    await this.safely(() =>
      this.redis.multi().incr(key).expire(key, LOGIN_WINDOW_SECONDS, 'NX').exec(),
    );
  }

  async succeeded(email: string): Promise<void> {
    await this.safely(() => this.redis.del(this.keyOf(email)));
  }

  /** Email addresses are personal data: only a hash reaches Redis. */
  private keyOf(email: string): string {
    const digest = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
    return `${this.prefix}:${digest.slice(0, 32)}`;
  }

  private async safely<T>(run: () => Promise<T>): Promise<T | null> {
    try {
      return await run();
    } catch (error) {
      this.logger.warn(`login throttle unavailable: ${(error as Error).message}`);
      return null;
    }
  }
}
