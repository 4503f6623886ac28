import type { OfferingDocument } from '../../libs/persistence/src/offerings/offering.schema';
import type { Random } from '@wmo/synthetic';
import { elapsedMs } from '../stats';
import { graphqlRequest } from '../api/graphql-client';

export interface CapacityChange {
  readonly offeringId: string;
  readonly freePlaces: number;
}

export interface BurstResult {
  /** Wall-clock ms when the first mutation was sent. */
  readonly t0: number;
  /** Wall-clock ms when the last mutation answered. */
  readonly done: number;
  readonly latenciesMs: readonly number[];
  /** Wall-clock ms when each offering's mutation answered (stored), by offering id. */
  readonly answeredAt: ReadonlyMap<string, number>;
  readonly errors: readonly string[];
}

/** `count` distinct offerings, each with a new number of free places; about a quarter to 0. */
export function planBurst(
  random: Random,
  offerings: readonly OfferingDocument[],
  count: number,
): CapacityChange[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, offerings.length)) {
    chosen.add(random.int(0, offerings.length - 1));
  }
  return [...chosen].flatMap((index) => {
    const offering = offerings[index];
    if (!offering) return [];
    const candidates = Array.from(
      { length: offering.totalPlaces + 1 },
      (_, places) => places,
    ).filter((places) => places !== offering.freePlaces);
    const freePlaces =
      random.chance(0.25) && offering.freePlaces !== 0
        ? 0
        : random.pick(candidates.length > 0 ? candidates : [offering.freePlaces]);
    return [{ offeringId: offering._id.toHexString(), freePlaces }];
  });
}

export async function login(apiUrl: string, email: string, password: string): Promise<string> {
  const data = await graphqlRequest<{ login: { accessToken: string } }>(
    apiUrl,
    'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    { email, password },
  );
  return data.login.accessToken;
}

const UPDATE_CAPACITY =
  'mutation UpdateCapacity($input: UpdateCapacityInput!) { updateCapacity(input: $input) { id freePlaces } }';

/** Sends every change at once, as a burst; `t0` is taken just before the first is sent. */
export async function fireBurst(
  apiUrl: string,
  token: string,
  changes: readonly CapacityChange[],
): Promise<BurstResult> {
  const t0 = Date.now();
  const latenciesMs: number[] = [];
  const answeredAt = new Map<string, number>();
  const errors: string[] = [];
  await Promise.all(
    changes.map(async (change) => {
      const start = process.hrtime.bigint();
      try {
        await graphqlRequest(apiUrl, UPDATE_CAPACITY, { input: change }, token);
        latenciesMs.push(elapsedMs(start));
        answeredAt.set(change.offeringId, Date.now());
      } catch (error) {
        errors.push(`${change.offeringId}: ${(error as Error).message}`);
      }
    }),
  );
  return { t0, done: Date.now(), latenciesMs, answeredAt, errors };
}
