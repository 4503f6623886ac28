import { addWorkingDays } from './working-days';

/**
 * How long a referral holds a place: the region's rule counts working days; tests and demos
 * may use a fixed number of seconds instead.
 */
export type HoldDuration = { readonly workingDays: number } | { readonly seconds: number };

/** The moment a hold made at `start` runs out. */
export function holdEndsAt(duration: HoldDuration, start: Date): Date {
  if ('seconds' in duration) return new Date(start.getTime() + duration.seconds * 1000);
  return addWorkingDays(start, duration.workingDays);
}
