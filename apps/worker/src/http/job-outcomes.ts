import { Counter } from 'prom-client';

/**
 * Jobs this worker process finished, per queue and outcome (a failed attempt that BullMQ retries
 * counts as failed too). Registered in the worker's own registry, served at GET /metrics.
 */
export const jobOutcomes = new Counter({
  name: 'wmo_worker_jobs_total',
  help: 'Jobs processed by this worker process, by queue and outcome (completed or failed)',
  labelNames: ['queue', 'outcome'] as const,
  registers: [],
});

export function countJob(queue: string, outcome: 'completed' | 'failed'): void {
  jobOutcomes.inc({ queue, outcome });
}
