import { graphqlOk } from '../graphql-client';
import type { seededRandom } from '../prng';
import {
  anOfferingInput,
  aRequestInput,
  createOffering,
  createProvider,
  createUser,
  loginAsAdmin,
} from '../scenario';

export type Random = ReturnType<typeof seededRandom>;

export const FAULT_PRODUCT = 'BEG_REGULIER';
export const FAULT_MUNICIPALITIES = ['GM0402', 'GM1942', 'GM0406'];
/** Postcodes in each municipality (a request's postcode must lie in its municipality). */
const POSTCODES: Readonly<Record<string, readonly string[]>> = {
  GM0402: ['1211', '1215', '1222'],
  GM1942: ['1401', '1405'],
  GM0406: ['1271', '1275'],
};
const ALL_POSTCODES = Object.values(POSTCODES).flat();
const SPECIALISMS = ['GGZ', 'NAH', 'LVB'];

/** Offerings and open requests of one product in three municipalities, all made through the api. */
export interface FaultWorld {
  readonly admin: string;
  readonly staff: string;
  readonly offerings: readonly string[];
  /** Every request whose creation was answered; the burst adds to it. */
  readonly requests: string[];
  readonly random: Random;
}

export async function seedFaultWorld(random: Random, offerings = 12, requests = 10) {
  const admin = await loginAsAdmin();
  const staff = (
    await createUser(admin, { role: 'STAFF', municipalityCodes: FAULT_MUNICIPALITIES })
  ).token;
  const providers = await Promise.all(
    [0, 1, 2, 3].map((index) =>
      createProvider(staff, { languages: index % 2 ? ['nl', 'tr'] : ['nl'] }),
    ),
  );
  const offeringIds: string[] = [];
  for (let i = 0; i < offerings; i++) {
    const offering = await createOffering(
      staff,
      anOfferingInput(random.pick(providers).id, {
        productCode: FAULT_PRODUCT,
        specialisms: random.subset(SPECIALISMS),
        postcode: `${random.pick(ALL_POSTCODES)}AB`,
        municipalitiesServed: random.subset(FAULT_MUNICIPALITIES, 1),
        maxTravelKm: random.pick([null, 10, 20, 30]),
        totalPlaces: 10,
        freePlaces: random.int(0, 4),
        waitingWeeks: random.int(0, 8),
      }),
    );
    offeringIds.push(offering.id);
  }
  const world: FaultWorld = { admin, staff, offerings: offeringIds, requests: [], random };
  for (let i = 0; i < requests; i++) {
    const data = await graphqlOk<{ createRequest: { id: string } }>(
      `mutation($input: CreateRequestInput!) { createRequest(input: $input) { id } }`,
      { input: aFaultRequestInput(random) },
      staff,
    );
    world.requests.push(data.createRequest.id);
  }
  return world;
}

export function aFaultRequestInput(random: Random) {
  const municipalityCode = random.pick(FAULT_MUNICIPALITIES);
  return aRequestInput({
    municipalityCode,
    postcode: random.pick(POSTCODES[municipalityCode] ?? []),
    productCode: FAULT_PRODUCT,
    specialisms: random.subset(SPECIALISMS, 0).slice(0, 1),
    urgency: random.pick(['ROUTINE', 'SOON', 'URGENT', 'CRISIS']),
    maxDistanceKm: random.pick([null, 8, 15]),
    languages: random.pick([[], ['tr']]),
    acceptsWaitingList: random.next() < 0.2,
  });
}
