import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { retentionCutoff, type RetentionCounts } from '@wmo/domain';
import { ShortlistHeads } from '@wmo/matching';
import { AuditLogRepository, RetentionRepository } from '@wmo/persistence';

const BATCH = 200;
/** A run stops after this many batches per step; the next run goes on where it ended. */
const MAX_BATCHES = 500;

/**
 * Applies the retention periods (docs/privacy.md) for the whole platform, as the system. Works
 * in batches; every step can be cut short and repeated: a request is marked anonymised only
 * after its shortlists and links are gone, so a rerun finishes what a crash left.
 */
@Injectable()
export class DataRetention {
  private readonly logger = new Logger(DataRetention.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly retention: RetentionRepository,
    private readonly auditLog: AuditLogRepository,
    private readonly heads: ShortlistHeads,
  ) {}

  async run(now = new Date()): Promise<RetentionCounts> {
    const finished = await this.anonymiseFinishedRequests(now);
    const purged = await this.repeat(() => this.retention.purgeEndedLinks(now, BATCH));
    const auditBefore = retentionCutoff(now, this.config.AUDIT_RETENTION_DAYS);
    const counts: RetentionCounts = {
      ...finished,
      residentLinksDeleted: finished.residentLinksDeleted + purged,
      auditEntriesDeleted: await this.repeat(() =>
        this.auditLog.deleteOlderThan(auditBefore, BATCH),
      ),
    };
    // Counts only: no ids, no references.
    this.logger.log(`retention applied: ${JSON.stringify(counts)}`);
    return counts;
  }

  private async anonymiseFinishedRequests(
    now: Date,
  ): Promise<Omit<RetentionCounts, 'auditEntriesDeleted'>> {
    const before = retentionCutoff(now, this.config.REQUEST_RETENTION_DAYS);
    const counts = {
      requestsAnonymised: 0,
      referralsAnonymised: 0,
      shortlistRevisionsDeleted: 0,
      residentLinksDeleted: 0,
    };
    for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
      const ids = await this.retention.finishedRequestIds(before, BATCH);
      if (ids.length === 0) break;
      counts.shortlistRevisionsDeleted += await this.retention.deleteShortlistsOf(ids);
      // Readers (and the api's revision cache) find a revision through its head: drop those too.
      await this.heads.forget(ids);
      counts.residentLinksDeleted += await this.retention.deleteLinksOf(ids);
      counts.referralsAnonymised += await this.retention.anonymiseReferralsOf(ids);
      counts.requestsAnonymised += await this.retention.anonymiseRequests(ids, now);
    }
    return counts;
  }

  private async repeat(step: () => Promise<number>): Promise<number> {
    let total = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
      const done = await step();
      total += done;
      if (done === 0) break;
    }
    return total;
  }
}
