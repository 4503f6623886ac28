import { startBurst, type BurstRecord } from './fault-burst';
import { convergence } from './fault-checks';
import { killAndRestart, type Fault, type FaultStack } from './fault-stack';
import type { FaultWorld } from './fault-world';
import { checkWorkerLiveness, probeWorkerLiveness } from './liveness-probe';

/** Convergence must come within this long of the restart, without a sweep started by hand. */
export const CONVERGENCE_LIMIT_MS = 30_000;

export interface FaultRun {
  readonly record: BurstRecord;
  /** From the restarted process being ready (or the burst's end, without a fault) to every
   * shortlist equal to a ranking from scratch. */
  readonly convergedMs: number;
  /** How often the liveness probe had to restart a worker that stopped answering (want 0). */
  readonly livenessRestarts: number;
}

/**
 * A burst with one fault in it: 0.8 s of burst, kill -9 and restart (the burst goes on), 0.5 s
 * more, then the wait until every shortlist is current. `none`: the same burst, no fault.
 */
export async function burstThrough(
  stack: FaultStack,
  world: FaultWorld,
  fault: Fault | 'none',
  duringOutage?: () => Promise<unknown>,
): Promise<FaultRun> {
  const burst = startBurst(world, stack.apiUrl);
  await new Promise((resolve) => setTimeout(resolve, 800));
  if (fault !== 'none') await killAndRestart(stack, fault, { duringOutage });
  const restartedAt = Date.now();
  const probe = probeWorkerLiveness(stack, `fault ${fault}`);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const record = await burst.stop();
  const convergedMs = await convergence(world, restartedAt, CONVERGENCE_LIMIT_MS)
    .finally(() => probe.stop())
    .catch(async (error: Error) => {
      // What the worker said, and whether it still answers at all, are the first things to
      // read when matching stands still.
      const output = stack.worker.output();
      const tail = output
        .split('\n')
        .filter((line) => !/^\s*(at |errno|code|syscall|}|Error: |address|port)/.test(line))
        .slice(-60)
        .join('\n');
      const live = (await checkWorkerLiveness(output)).seen;
      throw new Error(
        `${error.message}\nthe worker's /health/live: ${live}\nits last output:\n${tail}`,
      );
    });
  return { record, convergedMs, livenessRestarts: probe.restarts };
}
