import { formatCount, formatMs, median, percentile, printTable } from '../stats';
import type { Freshness } from './final-state';
import type { JobTimes, RecomputeCounts } from './observers';
import type { Phase } from './phases';
import type { QueryCost } from './queries';

export function heading(title: string): void {
  process.stdout.write(`\n== ${title}\n`);
}

export function printPhases(phases: readonly Phase[]): void {
  heading('phases');
  printTable([['phase', 'time'], ...phases.map((phase) => [phase.name, formatMs(phase.ms)])]);
}

export function printQueryCosts(costs: readonly QueryCost[]): void {
  if (costs.length === 0) return;
  heading('single queries on the seeded database, nothing else running');
  printTable([
    ['query', 'time', 'documents returned'],
    ...costs.map((cost) => [cost.query, formatMs(cost.ms), formatCount(cost.documents)]),
  ]);
}

/** p50/p95/max over every affected request; a stale one counts as later than any current. */
export function printFreshness(freshness: Freshness, stopReason: string): void {
  heading('time until every affected shortlist is current');
  const stale = Array<number>(freshness.stale).fill(Infinity);
  const show = (ms: number) => (Number.isFinite(ms) ? formatMs(ms) : 'not current (stale)');
  const row = (from: string, latencies: readonly number[]) => {
    const all = [...latencies, ...stale];
    return [
      from,
      formatCount(freshness.needed),
      formatCount(freshness.affected),
      formatCount(freshness.current),
      formatCount(freshness.stale),
      show(percentile(all, 50)),
      show(percentile(all, 95)),
      show(all.length ? Math.max(...all) : Number.NaN),
      stopReason,
    ];
  };
  printTable([
    ['from', 'needed', 'affected', 'current', 'stale', 'p50', 'p95', 'max', 'stopped'],
    row('the first mutation sent', freshness.latenciesMs),
    row('its last change answered', freshness.fromAnsweredMs),
  ]);
  process.stdout.write(
    'needed: expected shortlist differs from revision 1; affected: needed, or the worker stored ' +
      'a new revision. "its last change answered": from the answer of the last mutation whose ' +
      'offering could reach the request (its product, a municipality served) — the goal: p95 ' +
      '<= 1 s at region scale, <= 3 s at national scale.\n' +
      `${freshness.fromComputedAt} of ${freshness.latenciesMs.length} times come from the ` +
      "revision's computedAt (no announcement seen); the rest from its announcement.\n" +
      `new revisions that changed nothing in the end (expected = revision 1): ${freshness.needlessRevisions}\n`,
  );
}

export interface WorkSummary {
  readonly counters: RecomputeCounts | null;
  readonly observed: RecomputeCounts;
  readonly storedDocuments: number;
  readonly queuedByChanges: number;
  /** Jobs waiting, delayed or active when the run stopped. */
  readonly backlog: number;
  /** Mutations that answered whose offering-changed job had not finished. */
  readonly changesPending: number;
  readonly requests: number;
  readonly changes: number;
  readonly needed: number;
  readonly optionsChanged: number;
}

export function printWork(work: WorkSummary): void {
  heading('work done (shortlist recomputes) against naive recomputes');
  const counts = work.counters ?? work.observed;
  // Skipped entries are not ranked: a closed request, or a head stored since its changes asked.
  const done = counts.stored + counts.unchanged;
  // A run cut off by its deadline has work left: what is queued will be recomputed too.
  const queued = Math.max(0, work.backlog - work.changesPending);
  const committed = done + queued;
  const source = work.counters
    ? 'worker counters (stats:recompute:*)'
    : 'BullMQ completed events (the worker keeps no counters)';
  const ratio = (naive: number) =>
    committed > 0 ? `${(naive / committed).toFixed(1)}x less` : 'no recompute at all';
  printTable([
    ['', 'recomputes', 'naive / this run'],
    [
      `done: stored ${counts.stored}, unchanged ${counts.unchanged} ` +
        `(not ranked: skipped ${counts.skipped}, closed or already current)`,
      formatCount(done),
      '',
    ],
    ['still queued or running when the run stopped', formatCount(queued), ''],
    ['this run: done + still queued', formatCount(committed), ''],
    [
      'naive (a): every open request once per burst',
      formatCount(work.requests),
      ratio(work.requests),
    ],
    [
      `naive (b): every open request per change (${work.changes} x)`,
      formatCount(work.requests * work.changes),
      ratio(work.requests * work.changes),
    ],
    ['minimum: requests whose shortlist had to change', formatCount(work.needed), ''],
    [
      '  of which their options changed (a revision holds options only)',
      formatCount(work.optionsChanged),
      '',
    ],
  ]);
  process.stdout.write(
    `source: ${source}; new revision documents in the database: ${work.storedDocuments}\n` +
      `requests queued by the offering-changed jobs (before coalescing): ${work.queuedByChanges}\n` +
      `offering-changed jobs not finished at the stop (their recomputes are not counted): ` +
      `${work.changesPending}\n` +
      `work / minimum (recomputes done and queued / shortlists that had to change): ` +
      `${work.needed > 0 ? (committed / work.needed).toFixed(2) : '-'}x (goal <= 1.1x)\n` +
      'Goal: at least 20x less than naive (a).\n',
  );
}

/** Per job name: run time, time waiting in the queue, and when the last one finished. */
export function printJobTimes(
  jobTimes: ReadonlyMap<string, readonly JobTimes[]>,
  t0: number,
): void {
  heading('jobs (the finished jobs BullMQ keeps): run time, wait in the queue, last finished');
  printTable([
    ['job', 'count', 'run p50', 'run p95', 'run max', 'wait p50', 'wait p95', 'last finished'],
    ...[...jobTimes].map(([name, jobs]) => {
      const runs = jobs.map((job) => job.finished - job.taken);
      const waits = jobs.map((job) => job.taken - job.added);
      const last = Math.max(...jobs.map((job) => job.finished));
      return [
        name,
        formatCount(jobs.length),
        formatMs(median(runs)),
        formatMs(percentile(runs, 95)),
        formatMs(Math.max(...runs)),
        formatMs(median(waits)),
        formatMs(percentile(waits, 95)),
        `t0 + ${formatMs(last - t0)}`,
      ];
    }),
  ]);
}

export function printBurst(latenciesMs: readonly number[], errors: readonly string[], ms: number) {
  heading('burst of updateCapacity mutations');
  printTable([
    ['ok', 'failed', 'all answered after', 'mutation p50', 'mutation p95'],
    [
      String(latenciesMs.length),
      String(errors.length),
      formatMs(ms),
      formatMs(median(latenciesMs)),
      formatMs(percentile(latenciesMs, 95)),
    ],
  ]);
  for (const error of errors.slice(0, 5)) process.stdout.write(`  ${error}\n`);
}
