import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { findFreePort, type ManagedProcess } from '../infra/dev';
import { startWorker } from './support/app-processes';
import { eventually } from './support/eventually';
import { testEnv } from './support/test-env';

const READY = {
  status: 'ok',
  details: {
    mongodb: { status: 'up' },
    redis: { status: 'up' },
    accepting: { status: 'up' },
  },
};

describe('api health (terminus)', () => {
  it('answers liveness with no dependency checks', async () => {
    const response = await fetch(`${testEnv().apiUrl}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', info: {}, error: {}, details: {} });
  });

  it('answers readiness on /health/ready, /health and /ready with MongoDB and Redis up', async () => {
    for (const path of ['/health/ready', '/health', '/ready']) {
      const response = await fetch(`${testEnv().apiUrl}${path}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject(READY);
    }
  });
});

describe('worker HTTP server', () => {
  const suffix = randomBytes(4).toString('hex');
  const prefix = `{wmo-health-${suffix}}`;
  let worker: ManagedProcess;
  let url: string;

  beforeAll(async () => {
    const port = await findFreePort();
    url = `http://127.0.0.1:${port}`;
    // A queue prefix of its own: the jobs this test adds reach this worker only.
    worker = await startWorker(
      { ...testEnv().appEnv, WORKER_HTTP_PORT: String(port), QUEUE_PREFIX: prefix },
      'health-worker',
    );
  });
  afterAll(() => worker?.stop());

  it('answers liveness, and readiness with MongoDB, Redis and its books loaded', async () => {
    const live = await fetch(`${url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      details: { ...READY.details, books: { status: 'up' } },
    });
  });

  it('serves process metrics and counts completed and failed jobs per queue', async () => {
    const queue = new Queue('matching', {
      connection: { url: testEnv().appEnv.REDIS_URL },
      prefix,
    });
    try {
      const before = await jobCounts(url);
      await queue.add('recompute-backlog', { partition: 0 });
      await queue.add('no-such-job', {}, { attempts: 1 });
      const after = await eventually(
        () => jobCounts(url),
        (counts) => counts.completed > before.completed && counts.failed > before.failed,
        { what: 'a completed and a failed job to be counted', timeoutMs: 30_000 },
      );
      expect(after.failed).toBe(before.failed + 1);
    } finally {
      await queue.close();
    }
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(text).toMatch(/^wmo_worker_process_cpu_seconds_total(\{[^}]*\})? \d/m);
    expect(text).toMatch(/^# TYPE wmo_worker_jobs_total counter$/m);
  });
});

async function jobCounts(url: string): Promise<{ completed: number; failed: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const count = (outcome: string) =>
    Number(
      new RegExp(
        `^wmo_worker_jobs_total\\{queue="matching",outcome="${outcome}"\\} (\\d+)$`,
        'm',
      ).exec(text)?.[1] ?? 0,
    );
  return { completed: count('completed'), failed: count('failed') };
}
