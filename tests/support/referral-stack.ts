import { randomBytes } from 'node:crypto';
import { findFreePort, type ManagedProcess } from '../../infra/dev';
import { startApi, startWorker as startWorkerProcess } from './app-processes';
import { testEnv } from './test-env';

/**
 * An api and a worker of the referral tests' own with short holds, on the shared database (so
 * users and data made through the shared api work here too) but with their own queue prefix:
 * only this worker expires these holds, and it can be stopped without stopping anyone else.
 */
export interface ReferralStack {
  apiUrl: string;
  startWorker(): Promise<void>;
  stopWorker(): Promise<void>;
  stop(): Promise<void>;
}

export async function startReferralStack(holdSeconds: number): Promise<ReferralStack> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...testEnv().appEnv,
    PORT: String(port),
    QUEUE_PREFIX: `{wmo-holds-${randomBytes(4).toString('hex')}}`,
    HOLD_DURATION_SECONDS: String(holdSeconds),
  };
  const api = await startApi(env, 'holds-api');
  let worker: ManagedProcess | null = null;
  const startWorker = async () => {
    worker ??= await startWorkerProcess(env, 'holds-worker');
  };
  const stopWorker = async () => {
    await worker?.stop();
    worker = null;
  };
  return {
    apiUrl: `http://127.0.0.1:${port}`,
    startWorker,
    stopWorker,
    stop: async () => {
      await Promise.all([api.stop(), stopWorker()]);
    },
  };
}
