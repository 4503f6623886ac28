import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { testEnv } from './test-env';

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;

/**
 * Suites that change a municipality's matching policy hold this lock while they do, so suites
 * running in parallel never change the same policy at once (their versions and fields would
 * interleave). A lock in the tests' own Redis, released by its holder or after two minutes.
 */
export async function withPolicyLock<T>(
  municipalityCode: string,
  work: () => Promise<T>,
): Promise<T> {
  const { appEnv } = testEnv();
  const redis = new Redis(appEnv.REDIS_URL ?? '', { lazyConnect: true, maxRetriesPerRequest: 3 });
  await redis.connect();
  const key = `${appEnv.QUEUE_PREFIX ?? '{wmo-test}'}:test-lock:policy:${municipalityCode}`;
  const holder = randomBytes(8).toString('hex');
  const deadline = Date.now() + 120_000;
  try {
    while ((await redis.set(key, holder, 'PX', 120_000, 'NX')) !== 'OK') {
      if (Date.now() > deadline) throw new Error(`policy of ${municipalityCode} stayed locked`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    try {
      return await work();
    } finally {
      await redis.eval(RELEASE, 1, key, holder);
    }
  } finally {
    redis.disconnect();
  }
}
