import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@wmo/domain';
import { AnnouncementOutboxRepository } from '@wmo/persistence';
import { encodeAnnouncements, MatchingQueue, type Announcement } from '@wmo/queue';
import { PolicyBook } from '../read-model/policy-book';

/**
 * How long a writer has to deliver its own announcements before a drainer may take them. Writes
 * and deliveries take milliseconds; a writer that died is covered a few seconds later.
 */
export const WRITER_GRACE_MS = 5_000;
/** A delivery that hangs longer than this is left to the drainer (a duplicate is harmless). */
const DELIVERY_TIMEOUT_MS = 3_000;

/**
 * Makes a change and announces it to matching, so that a stored change is always announced:
 *
 * 1. the announcements are recorded in the outbox first (MongoDB away: nothing is stored, the
 *    caller gets an error it can retry);
 * 2. the change is written;
 * 3. the announcements are delivered to Redis and the entry removed. Redis away: the entry is
 *    made due at once and a worker delivers it when Redis is back; the caller gets its answer,
 *    for the change is stored and will be announced.
 *
 * Recording before writing means no crash between the two can leave a stored change unannounced;
 * at worst a change that was never made is announced, which recomputes nothing. A drainer that
 * delivers an entry before its change is written (a writer slower than WRITER_GRACE_MS) is
 * covered by the writer's own delivery after the write, and by `reopen` when that one fails.
 */
@Injectable()
export class MatchingAnnouncer {
  private readonly logger = new Logger(MatchingAnnouncer.name);

  constructor(
    private readonly outbox: AnnouncementOutboxRepository,
    private readonly queue: MatchingQueue,
    private readonly policies: PolicyBook,
  ) {}

  /**
   * Records `planned`, runs `write`, then delivers `final(result)` (default: `planned`), e.g.
   * with an id only the write knows. A domain error from `write` means nothing was changed: the
   * entry goes again.
   */
  async announced<T>(
    planned: readonly Announcement[],
    write: () => Promise<T>,
    final: (result: T) => readonly Announcement[] = () => planned,
  ): Promise<T> {
    const entryId = await this.outbox.record(encodeAnnouncements(planned), WRITER_GRACE_MS);
    let result: T;
    try {
      result = await write();
    } catch (error) {
      if (error instanceof DomainError) await this.outbox.remove(entryId).catch(() => undefined);
      throw error;
    }
    await this.deliverOrLeave(entryId, final(result));
    return result;
  }

  /** Sends announcements to Redis: stream entries and jobs (and the policy version). */
  async deliver(announcements: readonly Announcement[]): Promise<void> {
    for (const announcement of announcements) {
      switch (announcement.kind) {
        case 'offering-changed':
          await this.queue.offeringChanged(announcement.job);
          break;
        case 'request-changed':
          await this.queue.requestChanged(announcement.job);
          break;
        case 'policy-changed':
          await this.policies.bumpVersion();
          await this.queue.policyChanged(announcement.job);
          break;
      }
    }
  }

  private async deliverOrLeave(entryId: string, announcements: readonly Announcement[]) {
    try {
      await withTimeout(this.deliver(announcements), DELIVERY_TIMEOUT_MS);
    } catch (error) {
      this.logger.warn(
        `announcement left in the outbox for a worker to deliver: ${(error as Error).message}`,
      );
      // Due now, with the final announcements; if even that fails, the planned ones go later.
      await this.outbox.reopen(entryId, encodeAnnouncements(announcements)).catch(() => undefined);
      return;
    }
    // Delivered. Should this removal fail, the entry is delivered once more: harmless.
    await this.outbox.remove(entryId).catch(() => undefined);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
