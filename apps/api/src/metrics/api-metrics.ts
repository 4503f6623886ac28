import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { LAST_SWEEP_STAT, type SweepResult } from '@wmo/matching';
import { AnnouncementOutboxRepository } from '@wmo/persistence';
import { MatchingQueue } from '@wmo/queue';

/** Paths measured by name; anything else counts as `other`, so labels stay few. */
const KNOWN_ROUTES = new Set(['/graphql', '/health', '/ready', '/metrics']);
const JOB_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
const OUTCOMES = ['stored', 'unchanged', 'skipped'] as const;

/**
 * Prometheus metrics of the api process, and of the matching work as every worker reports it in
 * Redis (read at each scrape): request latency, queue depth, recompute backlog, recompute
 * outcomes and batch time, the last sweep's out-of-date count.
 */
@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly requestSeconds: Histogram<'method' | 'route' | 'status'>;

  constructor(queue: MatchingQueue, outbox: AnnouncementOutboxRepository) {
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
      name: 'wmo_matching_outbox_entries',
      help: 'Stored changes not yet announced to matching (outbox; grows while Redis is away)',
      registers: [this.registry],
      collect: async function () {
        this.set(await outbox.depth());
      },
    });
    new Gauge({
      name: 'wmo_shortlist_recomputes',
      help: 'Shortlist recomputes since the counters began, by outcome (a counter kept in Redis)',
      labelNames: ['outcome'],
      registers: [this.registry],
      collect: async function () {
        for (const outcome of OUTCOMES) {
          this.set({ outcome }, await readStat(`stats:recompute:${outcome}`));
        }
      },
    });
    new Gauge({
      name: 'wmo_recompute_batch_seconds',
      help: 'Time the workers spent in recompute batches: sum of seconds and number of batches',
      labelNames: ['of'],
      registers: [this.registry],
      collect: async function () {
        this.set({ of: 'sum' }, await readStat('stats:recompute:seconds'));
        this.set({ of: 'count' }, await readStat('stats:recompute:batches'));
      },
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
