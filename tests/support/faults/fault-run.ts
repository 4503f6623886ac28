import { startBurst, type BurstRecord } from './fault-burst';
import { convergence } from './fault-checks';
import { killAndRestart, type Fault, type FaultStack } from './fault-stack';
import type { FaultWorld } from './fault-world';

/** Convergence must come within this long of the restart, without a sweep started by hand. */
export const CONVERGENCE_LIMIT_MS = 30_000;

export interface FaultRun {
  readonly record: BurstRecord;
  /** From the restarted process being ready (or the burst's end, without a fault) to every
   * shortlist equal to a ranking from scratch. */
  readonly convergedMs: number;
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
  await new Promise((resolve) => setTimeout(resolve, 500));
  const record = await burst.stop();
  const convergedMs = await convergence(world, restartedAt, CONVERGENCE_LIMIT_MS);
  return { record, convergedMs };
}
