import { graphqlOk } from './support/graphql-client';
import { eventually } from './support/eventually';
import {
  allOfferings,
  comparableComputed,
  comparableStored,
  rankFromScratch,
  requestWithShortlist,
} from './support/from-scratch';
import { usePrivateStack } from './support/private-stack';
import { seededRandom, type SeededRandom } from './support/prng';
import { findPostcodeArea } from '@wmo/reference';
import {
  anOfferingInput,
  aRequestInput,
  createOffering,
  createProvider,
  createUser,
  firstPostcodeOf,
  loginAsAdmin,
} from './support/scenario';

const PRODUCTS = ['DB_LICHT', 'BEG_SPECIALISTISCH'];
const MUNICIPALITIES = ['GM0402', 'GM1942', 'GM0406', 'GM1696'];
const POSTCODES = ['1211', '1215', '1222', '1241', '1401', '1405', '1271', '1275'];
/** A request's PC4 lies in its municipality: one of POSTCODES there, or its first PC4. */
function aPlace(
  random: SeededRandom,
  municipalityCode: string,
): { municipalityCode: string; postcode: string } {
  const inside = POSTCODES.filter(
    (pc4) => findPostcodeArea(pc4)?.municipalityCode === municipalityCode,
  );
  return {
    municipalityCode,
    postcode: random.pick(inside.length ? inside : [firstPostcodeOf(municipalityCode) ?? '1211']),
  };
}
const SPECIALISMS = ['GGZ', 'NAH', 'DEMENTIE', 'LVB', 'AUTISME'];
const OPERATIONS = 240;
const BATCH = 12;

interface MatchingStatus {
  pending: number;
  failed: number;
  lastSweep: { finishedAt: string; checked: number; outOfDate: number; failed: number } | null;
}

const STATUS = `{ matchingStatus { pending failed lastSweep { finishedAt checked outOfDate failed } } }`;

/**
 * A random mix of capacity changes, offering edits, new and changed requests, fired in
 * concurrent bursts at a real api and worker; once the queue has drained, every stored
 * shortlist must equal a computation from scratch, and a sweep must find nothing out of date.
 */
describe('differential: incremental recompute equals recompute from scratch', () => {
  usePrivateStack();

  it('stores exactly what a from-scratch ranking gives, after hundreds of random changes', async () => {
    const random = seededRandom(20261125);
    const admin = await loginAsAdmin();
    const staff = (await createUser(admin, { role: 'STAFF', municipalityCodes: MUNICIPALITIES }))
      .token;
    const providers = await Promise.all(
      [false, false, true, false].map((strategicPartner, index) =>
        createProvider(staff, { strategicPartner, languages: index % 2 ? ['nl', 'tr'] : ['nl'] }),
      ),
    );
    const offerings: string[] = [];
    for (let i = 0; i < 20; i++) {
      const initialFree = random.int(0, 4);
      const offering = await createOffering(
        staff,
        anOfferingInput(random.pick(providers).id, {
          productCode: random.pick(PRODUCTS),
          specialisms: random.subset(SPECIALISMS),
          postcode: random.pick(POSTCODES),
          municipalitiesServed: random.subset(MUNICIPALITIES, 2),
          maxTravelKm: random.pick([null, 10, 20, 30]),
          totalPlaces: 10,
          freePlaces: initialFree,
          waitingWeeks: random.int(0, 8),
        }),
      );
      offerings.push(offering.id);
    }
    const requests: string[] = [];
    const newRequest = async () => {
      const data = await graphqlOk<{ createRequest: { id: string } }>(
        `mutation($input: CreateRequestInput!) { createRequest(input: $input) { id } }`,
        {
          input: aRequestInput({
            ...aPlace(random, random.pick(MUNICIPALITIES)),
            productCode: random.pick(PRODUCTS),
            specialisms: random.subset(SPECIALISMS, 0).slice(0, 1),
            urgency: random.pick(['ROUTINE', 'SOON', 'URGENT', 'CRISIS']),
            maxDistanceKm: random.pick([null, 8, 15]),
            languages: random.pick([[], ['tr']]),
            acceptsWaitingList: random.next() < 0.2,
          }),
        },
        staff,
      );
      requests.push(data.createRequest.id);
    };
    for (let i = 0; i < 8; i++) await newRequest();

    const operation = (): (() => Promise<unknown>) => {
      const roll = random.next();
      const offeringId = random.pick(offerings);
      if (roll < 0.6) {
        const input = { offeringId, freePlaces: random.int(0, 4), waitingWeeks: random.int(0, 8) };
        return () =>
          graphqlOk(
            `mutation($input: UpdateCapacityInput!) { updateCapacity(input: $input) { id } }`,
            { input },
            admin,
          );
      }
      if (roll < 0.8) {
        const input = {
          offeringId,
          specialisms: random.subset(SPECIALISMS),
          municipalitiesServed: random.subset(MUNICIPALITIES, 2),
          maxTravelKm: random.pick([null, 5, 10, 20, 30]),
        };
        return () =>
          graphqlOk(
            `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { id } }`,
            { input },
            admin,
          );
      }
      if (roll < 0.92 || requests.length === 0) return newRequest;
      const input = {
        requestId: random.pick(requests),
        urgency: random.pick(['ROUTINE', 'CRISIS']),
        maxDistanceKm: random.pick([null, 10]),
      };
      return () =>
        graphqlOk(
          `mutation($input: UpdateRequestInput!) { updateRequest(input: $input) { id } }`,
          { input },
          staff,
        );
    };
    for (let done = 0; done < OPERATIONS; done += BATCH) {
      const batch = Array.from({ length: BATCH }, operation);
      await Promise.all(batch.map((run) => run()));
    }

    // Last, changes that move scores but no filter verdict: only a recompute of every request
    // where the offering passes picks these up. Free places as stored, so nothing flips.
    const current = (
      await Promise.all(PRODUCTS.map((product) => allOfferings(admin, product)))
    ).flat();
    await Promise.all(
      current.map((offering) =>
        graphqlOk(
          `mutation($input: UpdateCapacityInput!) { updateCapacity(input: $input) { id } }`,
          {
            input: {
              offeringId: offering.id,
              freePlaces: offering.freePlaces,
              waitingWeeks: offering.waitingWeeks + 3,
            },
          },
          admin,
        ),
      ),
    );

    const drained = await eventually(
      () => graphqlOk<{ matchingStatus: MatchingStatus }>(STATUS, {}, admin),
      ({ matchingStatus }) => matchingStatus.pending === 0,
      { timeoutMs: 90_000, intervalMs: 250, what: 'the matching queue to drain' },
    );
    expect(drained.matchingStatus.failed).toBe(0);

    const byProduct = new Map(
      await Promise.all(
        PRODUCTS.map(async (product) => [product, await allOfferings(admin, product)] as const),
      ),
    );
    let withOptions = 0;
    // Options as stored by the worker; "why not" counts as the api counts them when read: both
    // must equal a ranking from scratch.
    for (const id of requests) {
      const request = await requestWithShortlist(staff, id);
      const expected = rankFromScratch(request, byProduct.get(request.productCode) ?? []);
      expect({ id, ...comparableStored(request.shortlist) }).toEqual({
        id,
        ...comparableComputed(expected),
      });
      if (expected.options.length > 0) withOptions++;
    }
    // The scenario must exercise real shortlists, not only empty ones.
    expect(withOptions).toBeGreaterThan(requests.length / 4);

    const before = drained.matchingStatus.lastSweep?.finishedAt ?? '';
    await graphqlOk(`mutation { startSweep }`, {}, admin);
    const swept = await eventually(
      () => graphqlOk<{ matchingStatus: MatchingStatus }>(STATUS, {}, admin),
      ({ matchingStatus }) => (matchingStatus.lastSweep?.finishedAt ?? '') > before,
      { timeoutMs: 60_000, intervalMs: 250, what: 'the sweep to finish' },
    );
    expect(swept.matchingStatus.lastSweep).toMatchObject({
      checked: requests.length,
      outOfDate: 0,
      failed: 0,
    });
  });
});
