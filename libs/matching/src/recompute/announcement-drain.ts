import { Injectable, Logger } from '@nestjs/common';
import { AnnouncementOutboxRepository } from '@wmo/persistence';
import { decodeAnnouncements } from '@wmo/queue';
import { MatchingAnnouncer } from './matching-announcer';

/** How long a drainer owns the entries it took; a drainer that dies loses them for this long. */
export const OUTBOX_LEASE_MS = 15_000;
const TAKE_LIMIT = 100;

export interface DrainRound {
  readonly delivered: number;
  /** Entries still waiting because a delivery failed (Redis away): tried again next round. */
  readonly left: number;
}

/**
 * Delivers what writers left in the matching-announcement outbox (Redis was away, or the writer
 * died between its write and its delivery). At least once: an entry is removed only after its
 * delivery succeeded, and one whose drainer died is taken again when its lease ends.
 */
@Injectable()
export class AnnouncementDrain {
  private readonly logger = new Logger(AnnouncementDrain.name);
  private running: Promise<DrainRound> | null = null;

  constructor(
    private readonly outbox: AnnouncementOutboxRepository,
    private readonly announcer: MatchingAnnouncer,
  ) {}

  /** One round; a call while one runs waits for that one. */
  drain(): Promise<DrainRound> {
    this.running ??= this.drainOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async drainOnce(): Promise<DrainRound> {
    let delivered = 0;
    for (;;) {
      const entries = await this.outbox.takeDue(TAKE_LIMIT, OUTBOX_LEASE_MS);
      for (const [index, entry] of entries.entries()) {
        try {
          await this.announcer.deliver(decodeAnnouncements(entry.body));
        } catch (error) {
          // Redis away again: give back what was taken, due now, and stop this round.
          const left = entries.slice(index);
          await Promise.all(left.map((e) => this.outbox.reopen(e.id, e.body))).catch(() => 0);
          this.logger.warn(`outbox delivery failed: ${(error as Error).message}`);
          return { delivered, left: left.length };
        }
        await this.outbox.remove(entry.id);
        delivered++;
      }
      if (entries.length < TAKE_LIMIT) {
        if (delivered > 0) this.logger.log(`outbox: delivered ${delivered} announcements`);
        return { delivered, left: 0 };
      }
    }
  }
}
