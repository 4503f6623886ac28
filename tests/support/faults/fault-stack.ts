import { randomBytes } from 'node:crypto';
import { findFreePort, type ManagedProcess } from '../../../infra/dev';
import { startApi, startWorker } from '../app-processes';
import { ownFerretDb, ownRedis, type OwnServer } from './own-server';

/**
 * An api and a worker with a Redis and a FerretDB of their own (to kill): what the fault test
 * and benchmark break and mend.
 */
export interface FaultStack {
  readonly apiUrl: string;
  readonly env: NodeJS.ProcessEnv;
  readonly redis: OwnServer;
  readonly mongo: OwnServer;
  api: ManagedProcess;
  worker: ManagedProcess;
  stop(): Promise<void>;
}

/** `baseEnv`: JWT_SECRET, BOOTSTRAP_ADMIN_* and the like. */
export async function startFaultStack(baseEnv: NodeJS.ProcessEnv): Promise<FaultStack> {
  const [redis, mongo] = await Promise.all([ownRedis(), ownFerretDb()]);
  const port = await findFreePort();
  const suffix = randomBytes(4).toString('hex');
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    PORT: String(port),
    MONGODB_DB: `wmo_faults_${suffix}`,
    QUEUE_PREFIX: `{wmo-faults-${suffix}}`,
    REDIS_URL: redis.url,
    MONGODB_URI: mongo.url,
  };
  const stack: FaultStack = {
    apiUrl: `http://127.0.0.1:${port}`,
    env,
    redis,
    mongo,
    api: await startApi(env, 'faults-api'),
    worker: await startWorker(env, 'faults-worker'),
    stop: async () => {
      await Promise.all([stack.api.stop(), stack.worker.stop()]);
      await Promise.all([redis.stop(), mongo.stop()]);
    },
  };
  return stack;
}

export type Fault = 'worker' | 'redis' | 'api';

/**
 * kill -9 one process and start it again: the worker or api at once (restarting takes its own
 * seconds), Redis after `redisOutageMs` of outage (it comes back empty). `duringOutage` runs
 * while the process is down. Resolves when the process is back (ready).
 */
export async function killAndRestart(
  stack: FaultStack,
  fault: Fault,
  { redisOutageMs = 2_000, duringOutage = async () => undefined as unknown } = {},
): Promise<void> {
  switch (fault) {
    case 'worker':
      await stack.worker.stop('SIGKILL');
      await duringOutage();
      stack.worker = await startWorker(stack.env, 'faults-worker');
      return;
    case 'api':
      await stack.api.stop('SIGKILL');
      await duringOutage();
      stack.api = await startApi(stack.env, 'faults-api');
      return;
    case 'redis': {
      await stack.redis.kill();
      const outageEnds = Date.now() + redisOutageMs;
      await duringOutage();
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, outageEnds - Date.now())));
      await stack.redis.restart();
      return;
    }
  }
}
