import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { AuditBuffer, type AuditEntry } from '@wmo/domain';
import { AuditLogRepository } from '@wmo/persistence';
import { ApiMetrics } from '../metrics/api-metrics';

/** Written every FLUSH_MS, or at once when a batch is full. */
const FLUSH_MS = 200;
const BATCH_SIZE = 200;
/**
 * While the database is away, entries wait here, up to this many (a few MB); beyond that the
 * oldest are dropped and counted in `wmo_audit_entries_dropped_total`, with a warning.
 */
const CAPACITY = 20_000;
const WARN_EVERY_MS = 60_000;

/**
 * The audit log's writer: entries are buffered in memory and inserted in batches, so a read
 * never waits on the audit write. Flushed on shutdown.
 */
@Injectable()
export class AuditTrail implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditTrail.name);
  private readonly buffer = new AuditBuffer<AuditEntry>(CAPACITY, BATCH_SIZE);
  private readonly enabled: boolean;
  private readonly written: Counter;
  private readonly dropped: Counter;
  private readonly failures: Counter;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private lastWarning = 0;
  private droppedReported = 0;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly log: AuditLogRepository,
    metrics: ApiMetrics,
  ) {
    this.enabled = config.AUDIT_SINK === 'database';
    const registers = [metrics.registry];
    this.written = new Counter({
      name: 'wmo_audit_entries_written_total',
      help: 'Audit entries stored',
      registers,
    });
    this.dropped = new Counter({
      name: 'wmo_audit_entries_dropped_total',
      help: 'Audit entries lost because the buffer was full (database away too long)',
      registers,
    });
    this.failures = new Counter({
      name: 'wmo_audit_write_failures_total',
      help: 'Audit batches that could not be stored (kept in the buffer and tried again)',
      registers,
    });
    const buffer = this.buffer;
    new Gauge({
      name: 'wmo_audit_buffer_entries',
      help: 'Audit entries waiting to be stored',
      registers,
      collect() {
        this.set(buffer.size);
      },
    });
  }

  /** Never throws and never waits: the answer to the caller goes out regardless. */
  record(entry: AuditEntry): void {
    if (!this.enabled) return;
    const batchReady = this.buffer.add(entry);
    this.countDropped();
    if (batchReady) void this.flush();
  }

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  /** Before any module shuts down: the database connection is still open. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
    if (this.buffer.size > 0) {
      this.logger.warn(`${this.buffer.size} audit entries not stored at shutdown`);
    }
  }

  /** Writes everything waiting; one flush at a time. Stops at the first failure. */
  flush(): Promise<void> {
    this.flushing ??= this.writeAll().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async writeAll(): Promise<void> {
    while (this.buffer.size > 0) {
      const batch = this.buffer.take();
      try {
        await this.log.append(batch);
        this.written.inc(batch.length);
      } catch (error) {
        this.buffer.giveBack(batch);
        this.countDropped();
        this.failures.inc();
        this.warn(`audit entries not stored yet (${this.buffer.size} waiting): ${String(error)}`);
        return;
      }
    }
  }

  private countDropped(): void {
    const lost = this.buffer.dropped - this.droppedReported;
    if (lost === 0) return;
    this.droppedReported = this.buffer.dropped;
    this.dropped.inc(lost);
    this.warn(`${this.buffer.dropped} audit entries dropped so far: the buffer is full`);
  }

  /** At most once a minute: a database away for an hour must not flood the log. */
  private warn(message: string): void {
    const now = Date.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = now;
    this.logger.warn(message);
  }
}
