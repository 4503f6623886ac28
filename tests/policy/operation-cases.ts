import type { Caller, Outcome } from '../../apps/api/src/auth/operation-policy';
import { anOfferingInput, aRequestInput, unique } from '../support/scenario';
import {
  currentPolicyInput,
  FIXTURE_PASSWORD,
  OWN_MUNICIPALITY,
  type PolicyFixture,
} from './policy-fixture';

export interface Cell {
  readonly caller: Caller;
  readonly expected: Outcome;
}

/** How the test calls one operation: the document, its variables, and what a caller should see. */
export interface OperationCase {
  readonly document: string;
  /** A cell expected to succeed gets its own target where the call uses it up. */
  readonly variables?: (fx: PolicyFixture, cell: Cell) => Promise<Vars> | Vars;
  /**
   * Whether the answer shows the data the call is about (the fixture's request, referral,
   * offering; for calls without arguments the caller's own): an ALLOWED cell must, an EMPTY
   * cell must not. Without it, EMPTY means null or an empty list.
   */
  readonly shows?: (value: unknown, fx: PolicyFixture, caller: Caller) => boolean;
}

type Vars = Record<string, unknown>;
type Node = { id?: string; [key: string]: unknown };

const allowed = (cell: Cell) => cell.expected === 'ALLOWED';
const nodes = (value: unknown): Node[] =>
  ((value as { edges?: { node: Node }[] } | null)?.edges ?? []).map((edge) => edge.node);
const ids = (value: unknown) => nodes(value).map((node) => node.id);
const isResident = (caller: Caller) => caller === 'RESIDENT' || caller === 'RESIDENT_OTHER';
const ownRequestOf = (fx: PolicyFixture, caller: Caller) =>
  caller === 'RESIDENT_OTHER' ? fx.otherRequestId : fx.requestId;
/** Provider A's offerings, which PROVIDER owns and PROVIDER_OTHER must never see. */
const providerAOfferings = (fx: PolicyFixture) => [fx.offeringId, fx.localOfferingId];

const OFFERING = 'id provider { id }';
const REFERRAL = 'id status offering { id provider { id } }';
const REQUEST = 'id status';

export const OPERATION_CASES: Readonly<Record<string, OperationCase>> = {
  products: { document: '{ products { code } }' },
  specialisms: { document: '{ specialisms { code } }' },
  languages: { document: '{ languages { code } }' },
  municipalities: { document: '{ municipalities { code } }' },
  login: {
    document: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
    variables: (fx) => ({ e: fx.staffEmail, p: FIXTURE_PASSWORD }),
  },
  logout: { document: 'mutation { logout }' },
  refreshSession: { document: 'mutation { refreshSession { accessToken } }' },

  me: { document: '{ me { id role } }' },
  users: { document: '{ users(first: 1) { edges { node { id } } } }' },
  auditLog: { document: '{ auditLog(first: 1) { edges { node { id } } } }' },
  createUser: {
    document: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    variables: () => ({
      input: {
        email: `${unique('beleid')}@test.local`,
        password: FIXTURE_PASSWORD,
        role: 'POLICY',
        municipalityCodes: [OWN_MUNICIPALITY],
      },
    }),
  },
  notifications: { document: '{ notifications(first: 5) { totalCount } }' },
  unreadNotificationCount: { document: '{ unreadNotificationCount }' },
  notificationSettings: { document: '{ notificationSettings { emailEnabled } }' },
  markNotificationsRead: { document: 'mutation { markNotificationsRead }' },
  setEmailNotifications: {
    document: 'mutation { setEmailNotifications(enabled: true) { emailEnabled } }',
  },
  notificationAdded: { document: 'subscription { notificationAdded { id } }' },

  providers: { document: '{ providers(first: 1) { edges { node { id } } } }' },
  createProvider: {
    document: `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }`,
    variables: () => ({ input: { name: unique('Beleidszorg'), strategicPartner: false } }),
  },
  offering: {
    document: `query($id: ID!) { offering(id: $id) { ${OFFERING} } }`,
    variables: (fx) => ({ id: fx.offeringId }),
    shows: (value, fx) => (value as Node | null)?.id === fx.offeringId,
  },
  myOfferings: {
    document: `{ myOfferings(first: 100) { edges { node { ${OFFERING} } } } }`,
    // PROVIDER sees exactly its own two; PROVIDER_OTHER none of them.
    shows: (value, fx) => {
      const seen = ids(value);
      return providerAOfferings(fx).every((id) => seen.includes(id)) && seen.length === 2;
    },
  },
  myOfferingDemand: {
    document: '{ myOfferingDemand { offeringId } }',
    shows: (value, fx) =>
      (value as { offeringId: string }[]).some((row) => row.offeringId === fx.offeringId),
  },
  searchOfferings: {
    document: `query($filter: OfferingSearchFilter) {
      searchOfferings(filter: $filter, first: 5) { edges { node { id } } }
    }`,
    variables: () => ({ filter: { productCode: 'BEG_REGULIER' } }),
  },
  createOffering: {
    document: `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
    // Another product: nothing this creates reaches the fixture's shortlists.
    variables: (fx) => ({
      input: anOfferingInput(fx.providerId, {
        productCode: 'DB_LICHT',
        freePlaces: 0,
      }),
    }),
  },
  updateOffering: {
    document: `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { id } }`,
    variables: (fx) => ({ input: { offeringId: fx.localOfferingId, maxTravelKm: 20 } }),
  },
  updateCapacity: {
    document: `mutation($input: UpdateCapacityInput!) { updateCapacity(input: $input) { id } }`,
    variables: (fx) => ({ input: { offeringId: fx.localOfferingId, freePlaces: 0 } }),
  },
  confirmCapacity: {
    document: `mutation($id: ID!) { confirmCapacity(offeringId: $id) { id } }`,
    variables: (fx) => ({ id: fx.localOfferingId }),
  },

  request: {
    document: `query($id: ID!) { request(id: $id) { ${REQUEST} } }`,
    variables: (fx) => ({ id: fx.requestId }),
    shows: (value, fx) => (value as Node | null)?.id === fx.requestId,
  },
  requests: {
    document: `{ requests(first: 100, filter: { status: REFERRED }) { edges { node { id } } } }`,
    shows: (value, fx) => ids(value).includes(fx.requestId),
  },
  requestStatusCounts: { document: '{ requestStatusCounts { status count } }' },
  createRequest: {
    document: `mutation($input: CreateRequestInput!) { createRequest(input: $input) { id } }`,
    variables: (fx) => ({ input: aRequestInput({ requiredLanguages: [...fx.languages] }) }),
  },
  updateRequest: {
    document: `mutation($input: UpdateRequestInput!) { updateRequest(input: $input) { id } }`,
    variables: async (fx, cell) => ({
      input: { requestId: allowed(cell) ? await fx.freshRequest() : fx.requestId, urgency: 'SOON' },
    }),
  },
  closeRequest: {
    document: `mutation($id: ID!) { closeRequest(id: $id) { id status } }`,
    variables: async (fx, cell) => ({ id: allowed(cell) ? await fx.freshRequest() : fx.requestId }),
  },
  shortlistUpdated: {
    document: `subscription($id: ID!) { shortlistUpdated(requestId: $id) { requestId revision } }`,
    variables: (fx) => ({ id: fx.requestId }),
    shows: (value, fx) => (value as { requestId?: string } | null)?.requestId === fx.requestId,
  },

  myRequest: {
    document: `{ myRequest { ${REQUEST} } }`,
    shows: (value, fx, caller) => (value as Node).id === ownRequestOf(fx, caller),
  },
  myShortlist: {
    document: '{ myShortlist { requestId revision } }',
    shows: (value, fx, caller) =>
      (value as { requestId: string } | null)?.requestId === ownRequestOf(fx, caller),
  },
  choosePreference: {
    document: `mutation($id: ID!) { choosePreference(offeringId: $id) { ${REQUEST} } }`,
    variables: (fx) => ({ id: fx.offeringId }),
    shows: (value, fx, caller) =>
      isResident(caller) && (value as Node).id === ownRequestOf(fx, caller),
  },
  createResidentLink: {
    document: `mutation($id: ID!) { createResidentLink(requestId: $id) { expiresAt } }`,
    // Issuing revokes the request's earlier links: never the fixture resident's own.
    variables: async (fx, cell) => ({ id: allowed(cell) ? await fx.freshRequest() : fx.requestId }),
  },
  revokeResidentLinks: {
    document: `mutation($id: ID!) { revokeResidentLinks(requestId: $id) }`,
    variables: async (fx, cell) => ({ id: allowed(cell) ? await fx.freshRequest() : fx.requestId }),
  },

  holdWouldEndAt: { document: '{ holdWouldEndAt }' },
  referrals: {
    document: `{ referrals(first: 100, filter: { status: PENDING }) { edges { node { ${REFERRAL} } } } }`,
    // A provider sees its own referrals only, staff those of their municipality.
    shows: (value, fx, caller) => {
      const seen = nodes(value);
      const own = seen.some((node) => node.id === fx.referralId);
      if (caller !== 'PROVIDER') return own;
      return (
        own &&
        seen.every(
          (node) => (node.offering as { provider: Node } | null)?.provider.id === fx.providerId,
        )
      );
    },
  },
  createReferral: {
    document: `mutation($r: ID!, $o: ID!) { createReferral(requestId: $r, offeringId: $o) { id } }`,
    variables: async (fx, cell) => ({
      r: allowed(cell) ? await fx.freshRequest() : fx.requestId,
      o: fx.offeringId,
    }),
  },
  withdrawReferral: {
    document: `mutation($id: ID!) { withdrawReferral(referralId: $id) { id status } }`,
    variables: async (fx, cell) => ({
      id: allowed(cell) ? await fx.freshReferral() : fx.referralId,
    }),
  },
  respondToReferral: {
    document: `mutation($id: ID!) { respondToReferral(referralId: $id, accept: false) { id status } }`,
    variables: async (fx, cell) => ({
      id: allowed(cell) ? await fx.freshReferral() : fx.referralId,
    }),
  },

  matchingPolicy: {
    document: `query($code: String!) { matchingPolicy(municipalityCode: $code) { version } }`,
    variables: () => ({ code: OWN_MUNICIPALITY }),
  },
  updateMatchingPolicy: {
    document: `mutation($code: String!, $input: MatchingPolicyInput!) {
      updateMatchingPolicy(municipalityCode: $code, input: $input) { version }
    }`,
    // Sent back unchanged, for a municipality no other suite uses.
    variables: async (fx) => ({
      code: 'GM0317',
      input: await currentPolicyInput(fx.tokens.ADMIN, 'GM0317'),
    }),
  },
  matchingStatus: { document: '{ matchingStatus { backlog } }' },
  startSweep: { document: 'mutation { startSweep }' },
  coverageReport: { document: '{ coverageReport { municipalityCodes } }' },
  coverageSeries: { document: '{ coverageSeries(days: 7) { day } }' },
  takeCoverageSnapshot: { document: 'mutation { takeCoverageSnapshot }' },
};
