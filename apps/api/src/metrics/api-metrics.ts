import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { SystemScope } from '@wmo/domain';
import { LAST_SWEEP_STAT, type SweepResult } from '@wmo/matching';
import { AnnouncementOutboxRepository, ReferralRepository } from '@wmo/persistence';
import { MatchingQueue } from '@wmo/queue';
import { clusterCounter } from './cluster-counter';

/** Paths measured by name; anything else counts as `other`, so labels stay few. */
const KNOWN_ROUTES = new Set([
  '/graphql',
  '/health',
  '/health/live',
  '/health/ready',
  '/ready',
  '/metrics',
]);
const JOB_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
const OUTCOMES = ['stored', 'unchanged', 'skipped'] as const;

/**
 * Prometheus metrics of the api process, and of the matching work as every worker reports it in
 * Redis (read at each scrape): request latency, queue depth, recompute backlog and its age,
 * recompute outcomes and batch time, the last sweep's out-of-date count, hold expiry lag.
 * Counts that only grow are counters (`_total`), set at each scrape to the cluster-wide value.
 */
/** Metrics read cluster-wide figures: no person's scope applies. */
const METRICS_SCOPE = SystemScope.of('metrics');

@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly requestSeconds: Histogram<'method' | 'route' | 'status'>;

  constructor(
    queue: MatchingQueue,
    outbox: AnnouncementOutboxRepository,
    referrals: ReferralRepository,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'wmo_api_' });
    this.requestSeconds = new Histogram({
      name: 'wmo_http_request_duration_seconds',
      help: 'HTTP request latency of the api',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    const readStat = (name: string) => queue.readStat(name).then((value) => Number(value ?? 0));
    new Gauge({
      name: 'wmo_matching_jobs',
      help: 'Jobs in the matching queue, by state',
      labelNames: ['state'],
      registers: [this.registry],
      collect: async function () {
        const counts = await queue.counts();
        for (const state of JOB_STATES) this.set({ state }, counts[state] ?? 0);
      },
    });
    new Gauge({
      name: 'wmo_recompute_backlog',
      help: 'Requests waiting for a shortlist recompute',
      registers: [this.registry],
      collect: async function () {
        this.set(await queue.backlogSize());
      },
    });
    new Gauge({
      name: 'wmo_recompute_backlog_oldest_seconds',
      help: 'Age of the oldest request waiting for a shortlist recompute, since its first change (0: none waiting)',
      registers: [this.registry],
      collect: async function () {
        const ages = await Promise.all(queue.backlogs.map((backlog) => backlog.oldestAgeMs()));
        this.set(Math.max(0, ...ages.map((ms) => ms ?? 0)) / 1000);
      },
    });
    new Gauge({
      name: 'wmo_hold_expiry_lag_seconds',
      help: 'How long past its end the oldest still-pending hold is (0: none overdue)',
      registers: [this.registry],
      collect: async function () {
        const now = new Date();
        const [oldest] = await referrals.pendingEndingBefore(METRICS_SCOPE, now, 1);
        this.set(oldest ? Math.max(0, now.getTime() - oldest.holdExpiresAt.getTime()) / 1000 : 0);
      },
    });
    new Gauge({
      name: 'wmo_matching_outbox_entries',
      help: 'Stored changes not yet announced to matching (outbox; grows while Redis is away)',
      registers: [this.registry],
      collect: async function () {
        this.set(await outbox.depth());
      },
    });
    clusterCounter({
      name: 'wmo_shortlist_recomputes_total',
      help: 'Shortlist recomputes by all workers, by outcome (counted in Redis)',
      labelNames: ['outcome'],
      registry: this.registry,
      read: async () =>
        Promise.all(
          OUTCOMES.map(async (outcome) => ({
            labels: { outcome },
            value: await readStat(`stats:recompute:${outcome}`),
          })),
        ),
    });
    clusterCounter({
      name: 'wmo_recompute_batch_seconds_total',
      help: 'Time all workers spent in recompute batches (counted in Redis)',
      registry: this.registry,
      read: async () => [{ labels: {}, value: await readStat('stats:recompute:seconds') }],
    });
    clusterCounter({
      name: 'wmo_recompute_batches_total',
      help: 'Recompute batches finished by all workers (counted in Redis)',
      registry: this.registry,
      read: async () => [{ labels: {}, value: await readStat('stats:recompute:batches') }],
    });
    new Gauge({
      name: 'wmo_sweep_out_of_date',
      help: 'Shortlists the last sweep found out of date (should be 0); -1 before any sweep',
      registers: [this.registry],
      collect: async function () {
        const raw = await queue.readStat(LAST_SWEEP_STAT);
        this.set(raw ? (JSON.parse(raw) as SweepResult).outOfDate : -1);
      },
    });
  }

  /** Express middleware timing every request. */
  readonly timing = (req: Request, res: Response, next: NextFunction): void => {
    const end = this.requestSeconds.startTimer();
    // Read now: routers mounted further down rewrite req.path while they handle the request.
    const route = KNOWN_ROUTES.has(req.path) ? req.path : 'other';
    res.once('finish', () => end({ method: req.method, route, status: String(res.statusCode) }));
    next();
  };
}
