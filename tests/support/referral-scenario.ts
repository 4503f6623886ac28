import { randomInt } from 'node:crypto';
import { graphql, onlyError, type GraphqlResponse } from './graphql-client';
import { testEnv } from './test-env';
import {
  anOfferingInput,
  createOffering,
  createProvider,
  createRequest,
  createUser,
  firstPostcodeOf,
  loginAsAdmin,
  type OfferingInput,
} from './scenario';

/** Builders and probes for referral tests; each call works on fresh data through the API. */

export const REFERRAL_FIELDS = `id status holdExpiresAt createdAt respondedAt reason
  request { reference productCode specialisms postcode urgency }
  offering { id heldPlaces freePlaces capacityBelowHolds }`;

export interface ReferralView {
  id: string;
  status: string;
  holdExpiresAt: string;
  createdAt: string;
  respondedAt: string | null;
  reason: string | null;
  request: {
    reference: string;
    productCode: string;
    specialisms: string[];
    postcode: string;
    urgency: string;
  };
  offering: { id: string; heldPlaces: number; freePlaces: number; capacityBelowHolds: boolean };
}

export interface TransitionView {
  referralId: string;
  from: string | null;
  to: string;
  at: string;
  actor: string;
  reason: string | null;
}

/**
 * Referral tests work in markets (product x municipality) that other suites leave alone: a new
 * offering makes the worker recompute every open request of its market, and a crowded market
 * would push the offering under test out of the top of the shortlists.
 */
const PRODUCTS = ['DB_LICHT', 'DB_MIDDEL_ZWAAR', 'DB_ARBEIDSMATIG', 'DB_SPECIALISTISCH'];
export const REFERRAL_MUNICIPALITIES = [
  'GM0376',
  'GM0317',
  'GM1942',
  'GM0417',
  'GM0308',
  'GM1904',
  'GM0313',
  'GM0342',
];
let nextMarket = randomInt(PRODUCTS.length * REFERRAL_MUNICIPALITIES.length);

export interface Market {
  productCode: string;
  municipalityCode: string;
}

export function aFreshMarket(): Market {
  const index = nextMarket++;
  return {
    productCode: PRODUCTS[index % PRODUCTS.length] ?? 'DB_LICHT',
    municipalityCode:
      REFERRAL_MUNICIPALITIES[
        Math.floor(index / PRODUCTS.length) % REFERRAL_MUNICIPALITIES.length
      ] ?? 'GM0376',
  };
}

export type Account = { id: string; token: string };

/** A provider with one offering in a fresh market, and the market's requests. */
export interface OfferingToRefer {
  provider: { id: string; name: string };
  market: Market;
  offering: { id: string };
  /** The offering input for another offering of this provider in this market. */
  offeringInput(overrides?: Partial<OfferingInput>): OfferingInput;
  newRequest(overrides?: Record<string, unknown>): Promise<{ id: string; reference: string }>;
  newRequests(count: number): Promise<{ id: string; reference: string }[]>;
}

/** ... with a consultant of the referral markets and a user of the provider. */
export interface ReferralWorld extends OfferingToRefer {
  admin: string;
  staff: Account;
  owner: Account;
}

export async function aReferralStaff(admin: string): Promise<Account> {
  return createUser(admin, { role: 'STAFF', municipalityCodes: REFERRAL_MUNICIPALITIES });
}

export async function anOfferingToRefer(
  staffToken: string,
  offering: Partial<OfferingInput> = {},
): Promise<OfferingToRefer> {
  const market = aFreshMarket();
  const provider = await createProvider(staffToken);
  const offeringInput = (overrides: Partial<OfferingInput> = {}) =>
    anOfferingInput(provider.id, {
      productCode: market.productCode,
      // In the market's municipality, where its requests' postcodes lie: always within reach.
      postcode: firstPostcodeOf(market.municipalityCode) ?? '1211AB',
      municipalitiesServed: [market.municipalityCode],
      ...offering,
      ...overrides,
    });
  const newRequest = (overrides: Record<string, unknown> = {}) =>
    createRequest(staffToken, { ...market, ...overrides });
  return {
    provider,
    market,
    offering: await createOffering(staffToken, offeringInput()),
    offeringInput,
    newRequest,
    newRequests: (count) => Promise.all(Array.from({ length: count }, () => newRequest())),
  };
}

export async function aReferralWorld(
  offering: Partial<OfferingInput> = {},
  staff?: Account,
): Promise<ReferralWorld> {
  const admin = await loginAsAdmin();
  const consultant = staff ?? (await aReferralStaff(admin));
  const toRefer = await anOfferingToRefer(consultant.token, offering);
  const owner = await createUser(admin, { role: 'PROVIDER', providerId: toRefer.provider.id });
  return { ...toRefer, admin, staff: consultant, owner };
}

export function createReferral(
  token: string,
  requestId: string,
  offeringId: string,
  apiUrl = testEnv().apiUrl,
): Promise<GraphqlResponse<{ createReferral: ReferralView }>> {
  return graphql(
    `mutation($r: ID!, $o: ID!) { createReferral(requestId: $r, offeringId: $o) { ${REFERRAL_FIELDS} } }`,
    { r: requestId, o: offeringId },
    token,
    apiUrl,
  );
}

export function respondToReferral(
  token: string,
  referralId: string,
  accept: boolean,
  reason?: string,
  apiUrl = testEnv().apiUrl,
): Promise<GraphqlResponse<{ respondToReferral: ReferralView }>> {
  return graphql(
    `mutation($id: ID!, $accept: Boolean!, $reason: String) {
      respondToReferral(referralId: $id, accept: $accept, reason: $reason) { ${REFERRAL_FIELDS} }
    }`,
    { id: referralId, accept, reason },
    token,
    apiUrl,
  );
}

export function withdrawReferral(
  token: string,
  referralId: string,
  reason?: string,
): Promise<GraphqlResponse<{ withdrawReferral: ReferralView }>> {
  return graphql(
    `mutation($id: ID!, $reason: String) {
      withdrawReferral(referralId: $id, reason: $reason) { ${REFERRAL_FIELDS} }
    }`,
    { id: referralId, reason },
    token,
  );
}

/** Fails the test with the errors when the operation failed. */
export function ok<T>(response: GraphqlResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors ?? response)}`);
  }
  return response.data;
}

export interface RequestReferralsView {
  status: string;
  excludedOfferingIds?: string[];
  referrals: ReferralView[];
  transitions: TransitionView[];
  shortlist: {
    revision: number;
    cause: { kind: string };
    options: { offering: { id: string } | null }[];
  } | null;
}

/** The request's status, referrals, history and shortlist, as its consultant sees them. */
export async function requestReferrals(
  token: string,
  requestId: string,
  apiUrl = testEnv().apiUrl,
): Promise<RequestReferralsView> {
  const data = ok(
    await graphql<{ request: RequestReferralsView | null }>(
      `query($id: ID!) { request(id: $id) {
        status
        referrals { ${REFERRAL_FIELDS} }
        transitions { referralId from to at actor reason }
        shortlist { revision cause { kind } options { offering { id } } }
      } }`,
      { id: requestId },
      token,
      apiUrl,
    ),
  );
  if (!data.request) throw new Error(`request ${requestId} not found`);
  return data.request;
}

/** An offering's held and free places, found through staff search in its market. */
export async function offeringPlaces(
  token: string,
  toRefer: Pick<OfferingToRefer, 'provider' | 'market' | 'offering'>,
): Promise<ReferralView['offering']> {
  const data = ok(
    await graphql<{ searchOfferings: { edges: { node: ReferralView['offering'] }[] } }>(
      `
        query ($filter: OfferingSearchFilter!) {
          searchOfferings(filter: $filter, first: 100) {
            edges {
              node {
                id
                heldPlaces
                freePlaces
                capacityBelowHolds
              }
            }
          }
        }
      `,
      { filter: { ...toRefer.market, text: toRefer.provider.name } },
      token,
    ),
  );
  const found = data.searchOfferings.edges.find((edge) => edge.node.id === toRefer.offering.id);
  if (!found) throw new Error(`offering ${toRefer.offering.id} not found by search`);
  return found.node;
}

export async function updateCapacity(token: string, offeringId: string, freePlaces: number) {
  return ok(
    await graphql<{ updateCapacity: { id: string; freePlaces: number; heldPlaces: number } }>(
      `
        mutation ($input: UpdateCapacityInput!) {
          updateCapacity(input: $input) {
            id
            freePlaces
            heldPlaces
          }
        }
      `,
      { input: { offeringId, freePlaces } },
      token,
    ),
  ).updateCapacity;
}

/** Refers through the world's consultant; fails the test if the referral is refused. */
export async function referOk(
  world: ReferralWorld,
  requestId: string,
  offeringId = world.offering.id,
): Promise<ReferralView> {
  return ok(await createReferral(world.staff.token, requestId, offeringId)).createReferral;
}

/** The code of the one error an operation must fail with. */
export async function errorCode(result: Promise<GraphqlResponse<unknown>>) {
  return onlyError(await result).extensions?.code;
}
