/**
 * Run by tests/queue-worker-outage.test.ts in a process of its own (a worker that spins on its
 * event loop would stop the test runner too): a queue processor with 2,000 jobs waiting, its
 * Redis killed after the first 20, and a count of the 100 ms timer ticks in the 2 s after. Prints
 * one JSON line and exits; a spinning worker prints nothing and is killed by the test.
 * Environment: REDIS_URL, REDIS_PID.
 */
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { loadConfig } from '@wmo/config';
import { RedisConnections } from '@wmo/queue';
import { QueueProcessor } from '../../../apps/worker/src/queue-processor';

const QUEUE = 'outage-check';
const JOBS = 2_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class SlowJobs extends QueueProcessor {
  done = 0;

  constructor(redis: RedisConnections) {
    super(redis, QUEUE, ['slow'], {
      slow: async () => {
        await sleep(20);
        this.done++;
      },
    });
  }

  run(): Promise<void> {
    return this.start(4);
  }
}

async function main(): Promise<void> {
  const url = process.env.REDIS_URL ?? '';
  const connections = new RedisConnections(
    loadConfig({ ...process.env, REDIS_URL: url, QUEUE_PREFIX: '{outage}' }),
  );
  const producer = new Redis(url);
  const queue = new Queue(QUEUE, { connection: producer, prefix: connections.prefix });
  await queue.addBulk(Array.from({ length: JOBS }, (_, i) => ({ name: 'slow', data: { i } })));
  await queue.close();
  producer.disconnect();

  const processor = new SlowJobs(connections);
  await processor.run();
  while (processor.done < 20) await sleep(10);

  process.kill(Number(process.env.REDIS_PID), 'SIGKILL');
  let ticks = 0;
  const timer = setInterval(() => ticks++, 100);
  await sleep(2_000);
  clearInterval(timer);
  process.stdout.write(`${JSON.stringify({ ticks, done: processor.done, jobs: JOBS })}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
