import { addWorkingDays } from '@wmo/domain';
import { eventually } from './support/eventually';
import { graphql, graphqlOk, onlyError } from './support/graphql-client';
import {
  createReferral,
  ok,
  respondToReferral,
  withdrawReferral,
} from './support/referral-scenario';
import { startReferralStack, type ReferralStack } from './support/referral-stack';
import { createResidentLink, revokeResidentLinks } from './support/resident-links';
import {
  anOfferingInput,
  createOffering,
  createProvider,
  createRequest,
  createUser,
  login,
  loginAsAdmin,
  PASSWORD,
  unique,
} from './support/scenario';

/**
 * What the consultants' screens ask of the api: their list (open first, filters, counts per
 * status), who made each referral step, when a hold made now would end, and whether a resident
 * link works. Weesp (GM0363) and the product below are used by no other suite, so counts are
 * exact.
 */
const WEESP = 'GM0363';
const WIJDEMEREN = 'GM1696';
const PRODUCT = 'BEG_SPECIFIEKE_DOELGROEPEN';

interface Person {
  id: string;
  token: string;
}

async function aNamedUser(
  admin: string,
  name: string,
  input: { role: 'STAFF' | 'PROVIDER'; municipalityCodes?: string[]; providerId?: string },
): Promise<Person> {
  const email = `${unique('named')}@test.local`;
  const data = await graphqlOk<{ createUser: { id: string } }>(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { ...input, name, email, password: PASSWORD } },
    admin,
  );
  return { id: data.createUser.id, token: await login(email, PASSWORD) };
}

/** A consultant of Weesp and Wijdemeren, one provider (and its user) serving Weesp. */
async function aWeespWorld() {
  const admin = await loginAsAdmin();
  const staff = await aNamedUser(admin, 'Sanne de Vries', {
    role: 'STAFF',
    municipalityCodes: [WEESP, WIJDEMEREN],
  });
  const provider = await createProvider(staff.token);
  const offering = await createOffering(
    staff.token,
    anOfferingInput(provider.id, {
      productCode: PRODUCT,
      postcode: '1381',
      municipalitiesServed: [WEESP],
      freePlaces: 10,
      totalPlaces: 10,
    }),
  );
  const owner = await aNamedUser(admin, 'Pieter Bakker', {
    role: 'PROVIDER',
    providerId: provider.id,
  });
  const newRequest = (overrides: Record<string, unknown> = {}) =>
    createRequest(staff.token, {
      municipalityCode: WEESP,
      postcode: '1381',
      productCode: PRODUCT,
      ...overrides,
    });
  return { admin, staff, owner, offering, newRequest };
}

type World = Awaited<ReturnType<typeof aWeespWorld>>;

interface ListPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; status: string; urgency: string } }[];
}

async function listRequests(
  token: string,
  filter: Record<string, unknown>,
  first = 20,
  after: string | null = null,
) {
  const result = await graphql<{ requests: ListPage }>(
    `
      query ($filter: RequestListFilter, $first: Int, $after: String) {
        requests(filter: $filter, first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              status
              urgency
            }
          }
        }
      }
    `,
    { filter, first, after },
    token,
  );
  return result;
}

async function statusCounts(token: string, filter: Record<string, unknown> | null) {
  return graphql<{ requestStatusCounts: { status: string; count: number }[] }>(
    `
      query ($filter: RequestListFilter) {
        requestStatusCounts(filter: $filter) {
          status
          count
        }
      }
    `,
    { filter },
    token,
  );
}

async function closeRequest(token: string, id: string) {
  await graphqlOk(`mutation($id: ID!) { closeRequest(id: $id) { id } }`, { id }, token);
}

async function referOk(world: World, requestId: string, apiUrl?: string) {
  return ok(await createReferral(world.staff.token, requestId, world.offering.id, apiUrl))
    .createReferral;
}

/** Five requests in Weesp, one per status (two open), made oldest first. */
async function requestsInEveryStatus(world: World) {
  const olderOpen = await world.newRequest();
  const closed = await world.newRequest();
  const placed = await world.newRequest();
  const referred = await world.newRequest();
  const newerOpen = await world.newRequest({ urgency: 'CRISIS' });
  await closeRequest(world.staff.token, closed.id);
  const toPlace = await referOk(world, placed.id);
  ok(await respondToReferral(world.owner.token, toPlace.id, true));
  await referOk(world, referred.id);
  return { olderOpen, closed, placed, referred, newerOpen };
}

/**
 * Runs first in this file, on one set of requests: the suites below add requests of this product
 * in Weesp too, and counts must be exact here.
 */
describe('the consultant’s request list', () => {
  let world: World;
  let made: Awaited<ReturnType<typeof requestsInEveryStatus>>;
  let inWijdemeren: { id: string };
  beforeAll(async () => {
    world = await aWeespWorld();
    made = await requestsInEveryStatus(world);
    inWijdemeren = await world.newRequest({
      municipalityCode: WIJDEMEREN,
      postcode: '1241',
      urgency: 'CRISIS',
    });
  });

  it('lists open requests first, then referred, placed and closed, newest first within each, page by page', async () => {
    const filter = { productCode: PRODUCT, municipalityCode: WEESP };
    const expected = [
      made.newerOpen.id,
      made.olderOpen.id,
      made.referred.id,
      made.placed.id,
      made.closed.id,
    ];

    const all = ok(await listRequests(world.staff.token, filter)).requests;
    expect(all.edges.map((edge) => edge.node.id)).toEqual(expected);
    expect(all.edges.map((edge) => edge.node.status)).toEqual([
      'OPEN',
      'OPEN',
      'REFERRED',
      'PLACED',
      'CLOSED',
    ]);
    expect(all.totalCount).toBe(5);
    expect(all.pageInfo.hasNextPage).toBe(false);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: ListPage = ok(await listRequests(world.staff.token, filter, 2, after)).requests;
      pages += 1;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((edge) => edge.node.id));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(expected);

    const forged = Buffer.from('seg:NOPE:0123456789abcdef01234567').toString('base64url');
    const bad = onlyError(await listRequests(world.staff.token, filter, 2, forged));
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('filters by urgency, status and municipality, only within the consultant’s municipalities', async () => {
    const ids = async (token: string, filter: Record<string, unknown>) =>
      ok(await listRequests(token, { productCode: PRODUCT, ...filter })).requests.edges.map(
        (edge) => edge.node.id,
      );

    expect(await ids(world.staff.token, { urgency: 'CRISIS' })).toEqual([
      inWijdemeren.id,
      made.newerOpen.id,
    ]);
    expect(await ids(world.staff.token, { urgency: 'CRISIS', municipalityCode: WEESP })).toEqual([
      made.newerOpen.id,
    ]);
    expect(await ids(world.staff.token, { status: 'PLACED' })).toEqual([made.placed.id]);
    expect(await ids(world.staff.token, { urgency: 'ROUTINE' })).toEqual([]);

    const elsewhere = await createUser(world.admin, {
      role: 'STAFF',
      municipalityCodes: ['GM0402'],
    });
    expect(await ids(elsewhere.token, {})).toEqual([]);
    expect(await ids(elsewhere.token, { municipalityCode: WEESP })).toEqual([]);

    const bad = onlyError(await listRequests(world.staff.token, { urgency: 'SOMEDAY' }));
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts the requests per status with the same filters, ignoring the status filter', async () => {
    const counts = async (token: string, filter: Record<string, unknown> | null) =>
      ok(await statusCounts(token, filter)).requestStatusCounts;

    expect(await counts(world.staff.token, { productCode: PRODUCT })).toEqual([
      { status: 'OPEN', count: 3 },
      { status: 'REFERRED', count: 1 },
      { status: 'PLACED', count: 1 },
      { status: 'CLOSED', count: 1 },
    ]);
    expect(
      await counts(world.staff.token, {
        productCode: PRODUCT,
        municipalityCode: WEESP,
        status: 'CLOSED',
      }),
    ).toEqual([
      { status: 'OPEN', count: 2 },
      { status: 'REFERRED', count: 1 },
      { status: 'PLACED', count: 1 },
      { status: 'CLOSED', count: 1 },
    ]);
    expect(await counts(world.staff.token, { productCode: PRODUCT, urgency: 'CRISIS' })).toEqual([
      { status: 'OPEN', count: 2 },
      { status: 'REFERRED', count: 0 },
      { status: 'PLACED', count: 0 },
      { status: 'CLOSED', count: 0 },
    ]);

    const elsewhere = await createUser(world.admin, {
      role: 'STAFF',
      municipalityCodes: ['GM0402'],
    });
    const theirs = await counts(elsewhere.token, { municipalityCode: WEESP });
    expect(theirs.every((entry) => entry.count === 0)).toBe(true);

    const unknownProduct = onlyError(
      await statusCounts(world.staff.token, { productCode: 'NOPE' }),
    );
    expect(unknownProduct.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.productCode',
    });
    expect(onlyError(await statusCounts(world.owner.token, null)).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});

interface TransitionNames {
  from: string | null;
  to: string;
  actor: string;
  actorName: string;
  actorRole: string | null;
  reason: string | null;
}

async function transitionsOf(token: string, requestId: string): Promise<TransitionNames[]> {
  const data = await graphqlOk<{ request: { transitions: TransitionNames[] } }>(
    `query($id: ID!) { request(id: $id) { transitions { from to actor actorName actorRole reason } } }`,
    { id: requestId },
    token,
  );
  return data.request.transitions;
}

async function holdWouldEndAt(token: string, apiUrl?: string) {
  return graphql<{ holdWouldEndAt: string }>(
    `
      {
        holdWouldEndAt
      }
    `,
    {},
    token,
    apiUrl,
  );
}

describe('the referral history names who acted', () => {
  it('names the consultant and the provider by name and role', async () => {
    const world = await aWeespWorld();
    const request = await world.newRequest();
    const first = await referOk(world, request.id);
    ok(await withdrawReferral(world.staff.token, first.id, 'Inwoner wil eerst nadenken'));
    const second = await referOk(world, request.id);
    ok(await respondToReferral(world.owner.token, second.id, false, 'Geen passend team'));

    expect(await transitionsOf(world.staff.token, request.id)).toEqual([
      {
        from: null,
        to: 'PENDING',
        actor: world.staff.id,
        actorName: 'Sanne de Vries',
        actorRole: 'STAFF',
        reason: null,
      },
      {
        from: 'PENDING',
        to: 'WITHDRAWN',
        actor: world.staff.id,
        actorName: 'Sanne de Vries',
        actorRole: 'STAFF',
        reason: 'Inwoner wil eerst nadenken',
      },
      expect.objectContaining({ to: 'PENDING', actorName: 'Sanne de Vries' }),
      {
        from: 'PENDING',
        to: 'DECLINED',
        actor: world.owner.id,
        actorName: 'Pieter Bakker',
        actorRole: 'PROVIDER',
        reason: 'Geen passend team',
      },
    ]);
  });

  it('names a user without a name by email', async () => {
    const world = await aWeespWorld();
    const admin = world.admin;
    const email = `${unique('zonder-naam')}@test.local`;
    const created = await graphqlOk<{ createUser: { id: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { role: 'STAFF', municipalityCodes: [WEESP], email, password: PASSWORD } },
      admin,
    );
    const nameless = { id: created.createUser.id, token: await login(email, PASSWORD) };
    const request = await world.newRequest();
    ok(await createReferral(nameless.token, request.id, world.offering.id));

    const [made] = await transitionsOf(world.staff.token, request.id);
    expect(made).toMatchObject({ actor: nameless.id, actorName: email, actorRole: 'STAFF' });
  });
});

describe('when a hold made now would end', () => {
  it('answers by the same rule a referral gets: five working days', async () => {
    const world = await aWeespWorld();
    const before = new Date();
    const answered = Date.parse(ok(await holdWouldEndAt(world.staff.token)).holdWouldEndAt);
    const after = new Date();
    expect(answered).toBeGreaterThanOrEqual(addWorkingDays(before, 5).getTime());
    expect(answered).toBeLessThanOrEqual(addWorkingDays(after, 5).getTime());

    const referral = await referOk(world, (await world.newRequest()).id);
    const gap = Date.parse(referral.holdExpiresAt) - answered;
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(60_000);
  });

  it('is for consultants only', async () => {
    const world = await aWeespWorld();
    expect(onlyError(await holdWouldEndAt(world.owner.token)).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await holdWouldEndAt(world.admin)).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await holdWouldEndAt('')).extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('with short holds', () => {
    const HOLD_SECONDS = 2;
    let stack: ReferralStack;
    beforeAll(async () => {
      stack = await startReferralStack(HOLD_SECONDS);
    }, 120_000);
    afterAll(async () => {
      await stack?.stop();
    });

    it('follows the configured hold length, and an expired hold is named "Systeem"', async () => {
      const world = await aWeespWorld();
      const before = Date.now();
      const answered = Date.parse(
        ok(await holdWouldEndAt(world.staff.token, stack.apiUrl)).holdWouldEndAt,
      );
      expect(answered - before).toBeGreaterThanOrEqual(HOLD_SECONDS * 1000 - 5);
      expect(answered - Date.now()).toBeLessThanOrEqual(HOLD_SECONDS * 1000);

      const request = await world.newRequest();
      const referral = await referOk(world, request.id, stack.apiUrl);
      await eventually(
        async () => Date.now(),
        (now) => now > Date.parse(referral.holdExpiresAt),
        { what: 'the hold to run out', timeoutMs: 10_000 },
      );
      // Answering a hold that ran out expires it, as the platform.
      const late = await respondToReferral(world.owner.token, referral.id, true);
      expect(onlyError(late).extensions?.code).toBe('CONFLICT');

      expect((await transitionsOf(world.staff.token, request.id)).at(-1)).toMatchObject({
        from: 'PENDING',
        to: 'EXPIRED',
        actor: 'system',
        actorName: 'Systeem',
        actorRole: null,
      });
    });
  });
});

describe('whether a resident link works', () => {
  async function activeLinks(token: string, requestId: string) {
    return graphql<{
      request: { activeResidentLinks: { createdAt: string; expiresAt: string }[] };
    }>(
      `
        query ($id: ID!) {
          request(id: $id) {
            activeResidentLinks {
              createdAt
              expiresAt
            }
          }
        }
      `,
      { id: requestId },
      token,
    );
  }

  it('shows the consultant the links that work now, and never the resident', async () => {
    const world = await aWeespWorld();
    const request = await world.newRequest();
    expect(
      ok(await activeLinks(world.staff.token, request.id)).request.activeResidentLinks,
    ).toEqual([]);

    await createResidentLink(world.staff.token, request.id);
    const second = await createResidentLink(world.staff.token, request.id);
    const shown = ok(await activeLinks(world.staff.token, request.id)).request.activeResidentLinks;
    expect(shown).toHaveLength(1);
    expect(shown[0]?.expiresAt).toBe(second.expiresAt);

    const asResident = await activeLinks(second.token, request.id);
    expect(onlyError(asResident).extensions?.code).toBe('FORBIDDEN');

    expect(await revokeResidentLinks(world.staff.token, request.id)).toBe(1);
    expect(
      ok(await activeLinks(world.staff.token, request.id)).request.activeResidentLinks,
    ).toEqual([]);
  });
});
