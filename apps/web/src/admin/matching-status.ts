import { STATUS_TEXT } from './texts';

export interface SweepReport {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly trigger: string;
  readonly checked: number;
  readonly outOfDate: number;
  readonly failed: number;
}

/** Why a sweep ran, in words (the api says `schedule` or `admin`). */
export function triggerLabel(trigger: string): string {
  return STATUS_TEXT.triggers[trigger] ?? STATUS_TEXT.triggerOther;
}

/** "binnen een seconde", "na 12 seconden" */
export function sweepDuration(sweep: Pick<SweepReport, 'startedAt' | 'finishedAt'>): string {
  const seconds = (Date.parse(sweep.finishedAt) - Date.parse(sweep.startedAt)) / 1000;
  return STATUS_TEXT.duration(Number.isFinite(seconds) ? Math.max(0, seconds) : 0);
}

/**
 * A sweep an administrator started, followed until its result arrives: `running` remembers the
 * last result from before the start, so any newer result is the answer.
 */
export type SweepRun =
  | { readonly state: 'idle' }
  | { readonly state: 'starting'; readonly previousFinishedAt: string | null }
  | { readonly state: 'running'; readonly previousFinishedAt: string | null }
  | { readonly state: 'done'; readonly result: SweepReport }
  | { readonly state: 'failed'; readonly error: unknown };

export const IDLE: SweepRun = { state: 'idle' };

/** The run after a new status arrived: done once a sweep finished after the start. */
export function followSweep(run: SweepRun, lastSweep: SweepReport | null): SweepRun {
  if (run.state !== 'running' || !lastSweep) return run;
  const previous = run.previousFinishedAt;
  return previous === null || Date.parse(lastSweep.finishedAt) > Date.parse(previous)
    ? { state: 'done', result: lastSweep }
    : run;
}

/** Work still to do, in one sentence. */
export function pendingSentence(pending: number): string {
  return pending === 0 ? STATUS_TEXT.allDone : STATUS_TEXT.pending(pending);
}
