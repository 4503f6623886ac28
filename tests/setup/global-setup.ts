import { randomBytes } from 'node:crypto';
// Relative import: jest runs global setup outside its module system (no path aliases there).
import { findFreePort, startServices } from '../../infra/dev';
import { startApi, startWorker } from '../support/app-processes';
import type { IntegrationStack } from './stack';

/**
 * Starts FerretDB and Redis (unless MONGODB_URI / REDIS_URL are set), then one api and one
 * worker process from dist/, shared by the integration suites. Suites isolate themselves by
 * creating their own providers, offerings and requests.
 */
export default async function globalSetup(): Promise<void> {
  const services = await startServices();
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    MONGODB_URI: services.mongoUri,
    MONGODB_DB: `wmo_test_${randomBytes(4).toString('hex')}`,
    REDIS_URL: services.redisUrl,
    QUEUE_PREFIX: `{wmo-test-${randomBytes(4).toString('hex')}}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    BOOTSTRAP_ADMIN_EMAIL: 'admin@test.local',
    BOOTSTRAP_ADMIN_PASSWORD: randomBytes(12).toString('hex'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // Short, so the session test sees a reused refresh token refused within seconds.
    SESSION_REUSE_GRACE_SECONDS: '2',
    // Every suite calls from one address as a handful of users; tests/rate-limits.test.ts runs
    // an api of its own with small limits.
    RATE_LIMIT_USER_PER_MINUTE: '100000',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
    RATE_LIMIT_RESIDENT_PER_MINUTE: '100000',
  };
  const started: IntegrationStack['processes'] = [];
  try {
    started.push(await startApi(env));
    started.push(await startWorker(env));
  } catch (error) {
    await Promise.all(started.map((p) => p.stop()));
    await services.stop();
    throw error;
  }
  // The suites run in other processes: they learn the stack through the environment.
  process.env.WMO_TEST_ENV = JSON.stringify({
    apiUrl: `http://127.0.0.1:${port}`,
    appEnv: env,
  });
  (globalThis as { __wmoStack?: IntegrationStack }).__wmoStack = { services, processes: started };
}
