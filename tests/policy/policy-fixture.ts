import type { Caller } from '../../apps/api/src/auth/operation-policy';
import { eventually } from '../support/eventually';
import { graphqlOk } from '../support/graphql-client';
import { createReferral, ok } from '../support/referral-scenario';
import { createResidentLink, myShortlist } from '../support/resident-links';
import {
  aPrivateLanguages,
  anOfferingInput,
  createOffering,
  createProvider,
  createRequest,
  createUser,
  firstPostcodeOf,
  loginAsAdmin,
  PASSWORD,
} from '../support/scenario';

/** STAFF works in Hilversum; STAFF_OTHER in Laren, where the other resident's request is. */
export const OWN_MUNICIPALITY = 'GM0402';
export const OTHER_MUNICIPALITY = 'GM0417';

/**
 * One small world for the role × operation test: two municipalities, two providers, a request
 * in each municipality with a resident link, a pending referral, and a token per caller. A
 * private set of languages keeps other suites' offerings off these requests' shortlists.
 */
export interface PolicyFixture {
  readonly tokens: Readonly<Record<Exclude<Caller, 'ANONYMOUS'>, string>>;
  readonly staffEmail: string;
  readonly languages: readonly string[];
  readonly providerId: string;
  readonly otherProviderId: string;
  /** Provider A's offering on both requests' shortlists (serves both municipalities). */
  readonly offeringId: string;
  /** Provider A's offering that serves only STAFF's municipality. */
  readonly localOfferingId: string;
  /** Provider B's offering. */
  readonly otherOfferingId: string;
  readonly requestId: string;
  readonly otherRequestId: string;
  /** Pending, from requestId to offeringId. */
  readonly referralId: string;
  /** A new open request in STAFF's municipality, for a call that uses one up. */
  freshRequest(): Promise<string>;
  /** A new pending referral to offeringId, for a call that answers it. */
  freshReferral(): Promise<string>;
}

export async function aPolicyFixture(): Promise<PolicyFixture> {
  const admin = await loginAsAdmin();
  const languages = aPrivateLanguages();
  const providerA = await createProvider(admin, { languages: ['nl', ...languages] });
  const providerB = await createProvider(admin, { languages: ['nl', ...languages] });
  const served = [OWN_MUNICIPALITY, OTHER_MUNICIPALITY];
  const offering = await createOffering(
    admin,
    anOfferingInput(providerA.id, {
      municipalitiesServed: served,
      totalPlaces: 80,
      freePlaces: 60,
      maxTravelKm: 30,
    }),
  );
  const localOffering = await createOffering(
    admin,
    anOfferingInput(providerA.id, { productCode: 'DB_LICHT', freePlaces: 0 }),
  );
  const otherOffering = await createOffering(
    admin,
    anOfferingInput(providerB.id, { municipalitiesServed: served, maxTravelKm: 30 }),
  );
  const staff = await createUser(admin, { role: 'STAFF', municipalityCodes: [OWN_MUNICIPALITY] });
  const staffOther = await createUser(admin, {
    role: 'STAFF',
    municipalityCodes: [OTHER_MUNICIPALITY],
  });
  const owner = await createUser(admin, { role: 'PROVIDER', providerId: providerA.id });
  const otherOwner = await createUser(admin, { role: 'PROVIDER', providerId: providerB.id });
  const policy = await createUser(admin, { role: 'POLICY', municipalityCodes: [OWN_MUNICIPALITY] });

  const freshRequest = async () =>
    (await createRequest(staff.token, { requiredLanguages: languages })).id;
  const request = await freshRequest();
  const otherRequest = (
    await createRequest(staffOther.token, {
      municipalityCode: OTHER_MUNICIPALITY,
      postcode: firstPostcodeOf(OTHER_MUNICIPALITY),
      requiredLanguages: languages,
    })
  ).id;
  const resident = (await createResidentLink(staff.token, request)).token;
  const otherResident = (await createResidentLink(staffOther.token, otherRequest)).token;
  // The resident's calls need a shortlist with provider A's offering on it.
  for (const token of [resident, otherResident]) {
    await eventually(
      async () => (await myShortlist(token)).data?.myShortlist?.options ?? [],
      (options) => options.some((option) => option.offering?.id === offering.id),
      { what: 'a shortlist with the fixture offering', timeoutMs: 30_000 },
    );
  }
  const referral = ok(await createReferral(staff.token, request, offering.id)).createReferral.id;
  const freshReferral = async () => {
    const id = await freshRequest();
    return ok(await createReferral(staff.token, id, offering.id)).createReferral.id;
  };
  return {
    tokens: {
      ADMIN: admin,
      STAFF: staff.token,
      STAFF_OTHER: staffOther.token,
      PROVIDER: owner.token,
      PROVIDER_OTHER: otherOwner.token,
      POLICY: policy.token,
      RESIDENT: resident,
      RESIDENT_OTHER: otherResident,
    },
    staffEmail: staff.email,
    languages,
    providerId: providerA.id,
    otherProviderId: providerB.id,
    offeringId: offering.id,
    localOfferingId: localOffering.id,
    otherOfferingId: otherOffering.id,
    requestId: request,
    otherRequestId: otherRequest,
    referralId: referral,
    freshRequest,
    freshReferral,
  };
}

/** The fixture's password for every account (see createUser). */
export const FIXTURE_PASSWORD = PASSWORD;

/** Reads the ranking policy of a municipality, to send it back unchanged. */
export async function currentPolicyInput(token: string, municipalityCode: string) {
  const data = await graphqlOk<{ matchingPolicy: Record<string, unknown> }>(
    `query($code: String!) { matchingPolicy(municipalityCode: $code) {
      distanceHalfLifeKm maxOptionsPerProvider shortlistSize staleAfterDays waitingHalfLifeWeeks
      weights { capacityHeadroom distance freshness language specialismDepth waitingTime }
    } }`,
    { code: municipalityCode },
    token,
  );
  return data.matchingPolicy;
}
