import { randomBytes } from 'node:crypto';
import { findFreePort, type ManagedProcess } from '../../infra/dev';
import { startApi, startWorker } from './app-processes';
import { testEnv } from './test-env';

/**
 * An api and a worker of this test file's own, on the shared FerretDB and Redis but with a
 * database and queue prefix nobody else uses: for tests that need a quiet system.
 */
export interface PrivateStack {
  apiUrl: string;
  env: NodeJS.ProcessEnv;
  api: ManagedProcess;
  worker: ManagedProcess;
  stop(): Promise<void>;
}

export async function startPrivateStack(overrides: NodeJS.ProcessEnv = {}): Promise<PrivateStack> {
  const port = await findFreePort();
  const suffix = randomBytes(4).toString('hex');
  const env: NodeJS.ProcessEnv = {
    ...testEnv().appEnv,
    PORT: String(port),
    MONGODB_DB: `wmo_private_${suffix}`,
    QUEUE_PREFIX: `{wmo-private-${suffix}}`,
    ...overrides,
  };
  const api = await startApi(env, 'private-api');
  const worker = await startWorker(env, 'private-worker').catch(async (error: unknown) => {
    await api.stop();
    throw error;
  });
  return {
    apiUrl: `http://127.0.0.1:${port}`,
    env,
    api,
    worker,
    stop: async () => {
      await Promise.all([api.stop(), worker.stop()]);
    },
  };
}

/**
 * Runs this test file against a private stack: the scenario helpers (which read the api URL
 * from the test environment) then talk to it. Heavy suites use it so that their queue load
 * does not slow down the shared worker that other suites wait on.
 */
export function usePrivateStack(overrides: NodeJS.ProcessEnv = {}): () => PrivateStack {
  let stack: PrivateStack | undefined;
  let sharedEnv: string | undefined;
  beforeAll(async () => {
    stack = await startPrivateStack(overrides);
    sharedEnv = process.env.WMO_TEST_ENV;
    const shared = JSON.parse(sharedEnv ?? '{}') as { appEnv: unknown };
    process.env.WMO_TEST_ENV = JSON.stringify({ apiUrl: stack.apiUrl, appEnv: shared.appEnv });
  }, 90_000);
  afterAll(async () => {
    process.env.WMO_TEST_ENV = sharedEnv;
    await stack?.stop();
  }, 30_000);
  return () => {
    if (!stack) throw new Error('the private stack is not running');
    return stack;
  };
}
