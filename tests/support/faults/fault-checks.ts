import { graphqlOk } from '../graphql-client';
import {
  allOfferings,
  comparableComputed,
  comparableStored,
  rankFromScratch,
  requestWithShortlist,
} from '../from-scratch';
import type { BurstRecord } from './fault-burst';
import { FAULT_PRODUCT, type FaultWorld } from './fault-world';

/**
 * Answered capacity reports that are not what is stored: the stored figures must be those of the
 * offering's last answered report, or of a later report that got no answer (it may have landed).
 */
export async function unstoredReports(world: FaultWorld, record: BurstRecord): Promise<string[]> {
  const stored = new Map(
    (await allOfferings(world.admin, FAULT_PRODUCT)).map((o) => [o.id, o] as const),
  );
  const problems: string[] = [];
  for (const [offeringId, attempts] of record.capacity) {
    const lastAnswered = attempts.map((a) => a.answered).lastIndexOf(true);
    if (lastAnswered < 0) continue;
    const allowed = attempts.slice(lastAnswered);
    const now = stored.get(offeringId);
    const fits = allowed.some(
      (a) => a.freePlaces === now?.freePlaces && a.waitingWeeks === now?.waitingWeeks,
    );
    if (!fits) {
      problems.push(
        `${offeringId}: stored ${now?.freePlaces}/${now?.waitingWeeks}, answered ${JSON.stringify(allowed)}`,
      );
    }
  }
  for (const id of record.created) {
    const data = await graphqlOk<{ request: { id: string } | null }>(
      `query($id: ID!) { request(id: $id) { id } }`,
      { id },
      world.staff,
    );
    if (!data.request) problems.push(`request ${id} answered but not stored`);
  }
  return problems;
}

/** The requests whose stored shortlist differs from a ranking from scratch now. */
export async function outOfDateShortlists(world: FaultWorld): Promise<string[]> {
  const offerings = await allOfferings(world.admin, FAULT_PRODUCT);
  const wrong: string[] = [];
  const ids = [...world.requests];
  for (let start = 0; start < ids.length; start += 8) {
    await Promise.all(
      ids.slice(start, start + 8).map(async (id) => {
        const request = await requestWithShortlist(world.staff, id);
        const expected = comparableComputed(rankFromScratch(request, offerings));
        const actual = comparableStored(request.shortlist);
        if (JSON.stringify(expected) !== JSON.stringify(actual)) wrong.push(id);
      }),
    );
  }
  return wrong;
}

interface PendingWork {
  readonly pending: number;
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly backlog: number;
  readonly announcements: number;
}

/** Matching's own count of work still to do (queue, backlog, outbox); null while unreachable. */
async function pendingWork(admin: string): Promise<PendingWork | null> {
  try {
    const data = await graphqlOk<{ matchingStatus: PendingWork }>(
      `{ matchingStatus { pending waiting active delayed backlog announcements } }`,
      {},
      admin,
    );
    return data.matchingStatus;
  } catch {
    return null;
  }
}

/**
 * The milliseconds from `since` until matching had no work left and every shortlist then equaled
 * a ranking from scratch (checked after each moment with no work left: the check's own time,
 * which grows with the number of requests, is not counted). Rejects when that did not happen
 * within `timeoutMs`, naming the shortlists still wrong.
 */
export async function convergence(
  world: FaultWorld,
  since: number,
  timeoutMs: number,
): Promise<number> {
  let wrong: string[] = [];
  let work: PendingWork | null = null;
  for (;;) {
    work = await pendingWork(world.admin);
    const idle = work?.pending === 0 ? Date.now() : null;
    if (idle !== null) {
      try {
        wrong = await outOfDateShortlists(world);
        if (wrong.length === 0) return Math.max(0, idle - since);
      } catch {
        // The api may still be starting.
      }
    }
    if (Date.now() - since > timeoutMs) {
      throw new Error(
        `not converged within ${timeoutMs} ms; shortlists out of date at the last check: ` +
          `${wrong}; matching's work left at the last check: ${JSON.stringify(work)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface SweepReport {
  startedAt: string;
  trigger: string;
  checked: number;
  outOfDate: number;
  failed: number;
}

/** Starts a sweep as an administrator and waits for its report. */
export async function sweepNow(admin: string, timeoutMs = 30_000): Promise<SweepReport> {
  const asked = new Date().toISOString();
  const deadline = Date.now() + timeoutMs;
  // Asked again now and then: a request while another sweep waits or runs is dropped.
  let askAgainAt = 0;
  for (;;) {
    if (Date.now() >= askAgainAt) {
      await graphqlOk(`mutation { startSweep }`, {}, admin);
      askAgainAt = Date.now() + 3_000;
    }
    const { matchingStatus } = await graphqlOk<{
      matchingStatus: { lastSweep: SweepReport | null };
    }>(
      `{ matchingStatus { lastSweep { startedAt trigger checked outOfDate failed } } }`,
      {},
      admin,
    );
    const sweep = matchingStatus.lastSweep;
    if (sweep && sweep.trigger === 'admin' && sweep.startedAt >= asked) return sweep;
    if (Date.now() > deadline) throw new Error(`no sweep report within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
