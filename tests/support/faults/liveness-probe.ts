import { startWorker } from '../app-processes';
import type { FaultStack } from './fault-stack';

/** As infra/k8s probes the worker, a little faster: every 2 s, 3 failures in a row restart it. */
const PERIOD_MS = 2_000;
const TIMEOUT_MS = 2_000;
const FAILURES_TO_RESTART = 3;

export interface LivenessProbe {
  /** How many times the probe restarted the worker. */
  readonly restarts: number;
  stop(): Promise<void>;
}

/**
 * Does what the orchestrator's liveness probe does in a deployment (`/health/live`, restart
 * after repeated failures): a worker whose event loop no longer answers is killed and started
 * again, and each restart is printed and counted. The fault tests want none: a worker that
 * stops answering is a defect of its own (it happened after Redis was killed, until the queue
 * workers got a connection that waits for Redis; see tests/queue-worker-outage.test.ts).
 */
export function probeWorkerLiveness(stack: FaultStack, label: string): LivenessProbe {
  let restarts = 0;
  let failures = 0;
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    current = current.then(async () => {
      if (stopped) return;
      if ((await checkWorkerLiveness(stack.worker.output())).ok) {
        failures = 0;
        return;
      }
      if (++failures < FAILURES_TO_RESTART || stopped) return;
      failures = 0;
      restarts++;
      process.stdout.write(`${label}: worker did not answer /health/live 3 times; restarting it\n`);
      stack.worker.kill();
      stack.worker = await startWorker(stack.env, 'faults-worker');
    });
  }, PERIOD_MS);
  return {
    get restarts() {
      return restarts;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await current;
    },
  };
}

export interface Liveness {
  /** True when the worker answered 200, or has not said its port yet (still starting). */
  ok: boolean;
  /** What was seen, for messages: `HTTP 200`, `port unknown`, `no answer (…)`. */
  seen: string;
}

/** Asks the worker whose output is `output` for `/health/live`, as the orchestrator would. */
export async function checkWorkerLiveness(output: string): Promise<Liveness> {
  const port = [...output.matchAll(/"httpPort":(\d+)/g)].pop()?.[1];
  if (!port) return { ok: true, seen: 'port unknown' };
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health/live`, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return { ok: response.ok, seen: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, seen: `no answer (${(error as Error).message})` };
  }
}
