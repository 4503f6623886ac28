import { join } from 'node:path';
import { findRepoRoot, startNodeProcess, type ManagedProcess } from '../../infra/dev';

// From the repository root: also right when this file runs compiled (a benchmark uses it).
const DIST = join(findRepoRoot(__dirname), 'dist', 'apps');

/** Starts the built api with `env` and waits until /health answers 200. */
export function startApi(env: NodeJS.ProcessEnv, name = 'api'): Promise<ManagedProcess> {
  return startNodeProcess({
    name,
    script: join(DIST, 'api/src/main.js'),
    env,
    ready: { url: `http://127.0.0.1:${env.PORT}/health` },
    timeoutMs: 60_000,
  });
}

/** Starts the built worker with `env` and waits until it logs that it is ready. */
export function startWorker(env: NodeJS.ProcessEnv, name = 'worker'): Promise<ManagedProcess> {
  return startNodeProcess({
    name,
    script: join(DIST, 'worker/src/main.js'),
    // Several workers run side by side in tests: each takes a free port for its HTTP server.
    env: { WORKER_HTTP_PORT: '0', ...env },
    ready: { stdoutLine: /worker ready/ },
    timeoutMs: 60_000,
  });
}
