import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { findRepoRoot, startRedis, type ManagedService } from '../infra/dev';
import { testEnv } from './support/test-env';

interface OutageResult {
  ticks: number;
  done: number;
  jobs: number;
}

/**
 * A queue worker whose Redis dies while jobs are waiting keeps its event loop free (health
 * probes, metrics, the other queues). On the queues' fail-fast connection it did not: BullMQ
 * took the "Stream isn't writeable" error for one that is not about the connection and fetched
 * the next job again at once, over and over, so the worker answered nothing until it was
 * killed. The scenario runs in a process of its own (support/children/queue-outage.ts).
 */
describe('a queue worker when Redis goes away with jobs waiting', () => {
  let redis: ManagedService;

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => redis.stop());

  it('keeps its event loop free', async () => {
    const result = await runChild({ REDIS_URL: redis.url, REDIS_PID: String(redis.pid) });
    // ~20 ticks of 100 ms in 2 s when the loop is free; a spinning worker lets none through.
    expect(result.ticks).toBeGreaterThanOrEqual(10);
    expect(result.done).toBeGreaterThanOrEqual(20);
    expect(result.done).toBeLessThan(result.jobs);
  });
});

function runChild(env: Record<string, string>): Promise<OutageResult> {
  const script = join(findRepoRoot(), 'dist/tests/support/children/queue-outage.js');
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...testEnv().appEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the worker did not report within 30 s (its event loop spun?)\n${err}`));
    }, 30_000);
    child.on('exit', (code) => {
      clearTimeout(deadline);
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as OutageResult);
      else reject(new Error(`the worker exited with ${code}\n${out}\n${err}`));
    });
  });
}
