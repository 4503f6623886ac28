import { onlyError } from './support/graphql-client';
import {
  anOfferingToRefer,
  aReferralStaff,
  createReferral,
  offeringPlaces,
  type Account,
} from './support/referral-scenario';
import { usePrivateStack } from './support/private-stack';
import { loginAsAdmin } from './support/scenario';

const ROUNDS = 20;
const RACERS = 30;
const FREE_PLACES = 3;

let staff: Account;

// Hundreds of holds make hundreds of recomputes: a worker of its own keeps others' waits short.
usePrivateStack();

beforeAll(async () => {
  staff = await aReferralStaff(await loginAsAdmin());
});

describe('holds under concurrency: never more than the free places', () => {
  it.each(Array.from({ length: ROUNDS }, (_, index) => index + 1))(
    `round %i: ${RACERS} simultaneous referrals to ${FREE_PLACES} free places give ${FREE_PLACES} holds and ${RACERS - FREE_PLACES} conflicts`,
    async (round) => {
      const world = await anOfferingToRefer(staff.token, {
        freePlaces: FREE_PLACES,
        totalPlaces: 10,
      });
      const requests = await world.newRequests(RACERS);

      const results = await Promise.all(
        requests.map((request) => createReferral(staff.token, request.id, world.offering.id)),
      );

      const granted = results.filter((result) => !result.errors && result.data);
      const refusals = results.filter((result) => result.errors).map(onlyError);
      expect({
        round,
        granted: granted.length,
        conflicts: refusals.filter((error) => error.extensions?.code === 'CONFLICT').length,
        other: refusals.filter((error) => error.extensions?.code !== 'CONFLICT'),
      }).toEqual({ round, granted: FREE_PLACES, conflicts: RACERS - FREE_PLACES, other: [] });
      expect(refusals[0]?.message).toBe('Er is geen vrije plek meer bij dit aanbod.');
      expect(await offeringPlaces(staff.token, world)).toMatchObject({
        heldPlaces: FREE_PLACES,
        freePlaces: FREE_PLACES,
      });
    },
  );
});
