import { findFreePort } from '../../infra/dev';
import { startApi } from './app-processes';
import { testEnv } from './test-env';

export interface ExtraApi {
  url: string;
  /** The last ~200 lines the process wrote. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Another api process on the shared database, Redis and worker, with optional extra settings:
 * for tests about several instances or about configuration. Stop it in afterAll.
 */
export async function startExtraApi(settings: Record<string, string> = {}): Promise<ExtraApi> {
  const port = await findFreePort();
  const api = await startApi(
    { ...testEnv().appEnv, ...settings, PORT: String(port) },
    `api:${port}`,
  );
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => api.output(),
    stop: async () => {
      await api.stop();
    },
  };
}
