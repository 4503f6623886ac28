import { backdateCapacityReport } from './support/backdate';
import { withPolicyLock } from './support/policy-lock';
import { eventually } from './support/eventually';
import { graphql, graphqlOk, onlyError } from './support/graphql-client';
import {
  aReferralWorld,
  ok,
  referOk,
  respondToReferral,
  updateCapacity,
} from './support/referral-scenario';
import {
  anOfferingInput,
  aPrivateMarket,
  createOffering,
  createProvider,
  createUser,
  loginAsAdmin,
} from './support/scenario';

/** The API behind the providers' capacity board: their own offerings, freshness, "klopt nog". */

const BOARD_FIELDS = `id productCode postcode municipalitiesServed totalPlaces freePlaces
  heldPlaces waitingWeeks capacityUpdatedAt capacityBelowHolds capacityStale
  capacityStaleAfterDays capacityStaleAt`;

interface BoardOffering {
  id: string;
  productCode: string;
  postcode: string;
  municipalitiesServed: string[];
  totalPlaces: number;
  freePlaces: number;
  heldPlaces: number;
  waitingWeeks: number;
  capacityUpdatedAt: string;
  capacityBelowHolds: boolean;
  capacityStale: boolean;
  capacityStaleAfterDays: number;
  capacityStaleAt: string;
}

interface Board {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: BoardOffering }[];
}

function myOfferings(token: string, first: number, after: string | null = null) {
  return graphql<{ myOfferings: Board }>(
    `query($first: Int, $after: String) { myOfferings(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { ${BOARD_FIELDS} } }
    } }`,
    { first, after },
    token,
  );
}

async function boardOf(token: string): Promise<BoardOffering[]> {
  return ok(await myOfferings(token, 100)).myOfferings.edges.map((edge) => edge.node);
}

async function offeringOnBoard(token: string, offeringId: string): Promise<BoardOffering> {
  const found = (await boardOf(token)).find((offering) => offering.id === offeringId);
  if (!found) throw new Error(`offering ${offeringId} not on the board`);
  return found;
}

function confirmCapacity(token: string, offeringId: string) {
  return graphql<{ confirmCapacity: BoardOffering }>(
    `mutation($id: ID!) { confirmCapacity(offeringId: $id) { ${BOARD_FIELDS} } }`,
    { id: offeringId },
    token,
  );
}

/** Hilversum's staleAfterDays now (14 by default; another suite may have changed it). */
async function hilversumStaleAfterDays(token: string): Promise<number> {
  const data = await graphqlOk<{ matchingPolicy: { staleAfterDays: number } }>(
    `query { matchingPolicy(municipalityCode: "GM0402") { staleAfterDays } }`,
    {},
    token,
  );
  return data.matchingPolicy.staleAfterDays;
}

/** A provider with a user, and a consultant who can add offerings for it. */
async function aProviderWithUser() {
  const admin = await loginAsAdmin();
  const staff = await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] });
  const provider = await createProvider(staff.token);
  const owner = await createUser(admin, { role: 'PROVIDER', providerId: provider.id });
  return { admin, staff, provider, owner };
}

describe("a provider's own offerings (myOfferings)", () => {
  it('lists only its own offerings, newest first, page by page', async () => {
    const { staff, provider, owner } = await aProviderWithUser();
    const other = await createProvider(staff.token);
    await createOffering(staff.token, anOfferingInput(other.id));
    const created = [];
    for (const productCode of ['BEG_REGULIER', 'DB_LICHT', 'HBH']) {
      created.push(
        await createOffering(staff.token, anOfferingInput(provider.id, { productCode })),
      );
    }

    const first = ok(await myOfferings(owner.token, 2)).myOfferings;
    const second = ok(await myOfferings(owner.token, 2, first.pageInfo.endCursor)).myOfferings;

    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.edges, ...second.edges].map((edge) => edge.node.id);
    expect(ids).toEqual(created.map((offering) => offering.id).reverse());
  });

  it('shows a new offering as fresh by the policy of its municipality, with nothing held', async () => {
    const { staff, provider, owner } = await aProviderWithUser();
    const offering = await createOffering(staff.token, anOfferingInput(provider.id));
    const staleAfterDays = await hilversumStaleAfterDays(staff.token);

    const [shown] = await boardOf(owner.token);

    expect(shown).toMatchObject({
      id: offering.id,
      productCode: 'BEG_REGULIER',
      postcode: '1211',
      freePlaces: 2,
      heldPlaces: 0,
      capacityBelowHolds: false,
      capacityStale: false,
      capacityStaleAfterDays: staleAfterDays,
    });
    const staleAt = Date.parse(shown!.capacityStaleAt) - Date.parse(shown!.capacityUpdatedAt);
    expect(staleAt).toBe(staleAfterDays * 24 * 60 * 60 * 1000);
  });

  it('is for provider users only', async () => {
    const { staff, owner } = await aProviderWithUser();
    expect(onlyError(await myOfferings(staff.token, 10)).extensions?.code).toBe('FORBIDDEN');
    expect(ok(await myOfferings(owner.token, 10)).myOfferings.totalCount).toBe(0);
    expect(onlyError(await myOfferings(owner.token, 0)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });
});

describe('one offering (offering(id))', () => {
  const query = `query($id: ID!) { offering(id: $id) { id productCode specialisms financing } }`;

  it("shows a provider its own offering and hides another provider's", async () => {
    const { staff, provider, owner } = await aProviderWithUser();
    const own = await createOffering(staff.token, anOfferingInput(provider.id));
    const other = await createOffering(
      staff.token,
      anOfferingInput((await createProvider(staff.token)).id),
    );

    const seen = await graphqlOk<{ offering: { id: string } | null }>(
      query,
      { id: own.id },
      owner.token,
    );
    const hidden = await graphqlOk<{ offering: unknown }>(query, { id: other.id }, owner.token);
    const byStaff = await graphqlOk<{ offering: { id: string } | null }>(
      query,
      { id: other.id },
      staff.token,
    );

    expect(seen.offering).toMatchObject({ id: own.id, specialisms: ['GGZ'], financing: ['ZIN'] });
    expect(hidden.offering).toBeNull();
    expect(byStaff.offering?.id).toBe(other.id);
    expect(onlyError(await graphql(query, { id: 'nope' }, owner.token)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
  });
});

describe('the freshness of a capacity report', () => {
  it('is stale once older than the policy of the municipalities served allows', async () => {
    const { staff, provider, owner } = await aProviderWithUser();
    const offering = await createOffering(staff.token, anOfferingInput(provider.id));
    const staleAfterDays = await hilversumStaleAfterDays(staff.token);
    expect(await offeringOnBoard(owner.token, offering.id)).toMatchObject({ capacityStale: false });

    await backdateCapacityReport(offering.id, staleAfterDays + 1);

    expect(await offeringOnBoard(owner.token, offering.id)).toMatchObject({
      capacityStale: true,
      capacityStaleAfterDays: staleAfterDays,
    });
  });

  it('follows the strictest policy of the municipalities served', async () => {
    const { staff, provider, owner, admin } = await aProviderWithUser();
    // The admin screens' test changes this municipality's policy too: one at a time (the lock);
    // every other field of its policy stays as it is.
    const municipalityCode = 'GM0363';
    await withPolicyLock(municipalityCode, async () => {
      const policyFields = `weights { distance waitingTime specialismDepth language capacityHeadroom freshness }
        distanceHalfLifeKm waitingHalfLifeWeeks staleAfterDays shortlistSize maxOptionsPerProvider`;
      const { matchingPolicy: before } = await graphqlOk<{
        matchingPolicy: Record<string, unknown> & { staleAfterDays: number };
      }>(
        `query($m: String!) { matchingPolicy(municipalityCode: $m) { ${policyFields} } }`,
        { m: municipalityCode },
        admin,
      );
      const setPolicy = (staleAfterDays: number) =>
        graphqlOk(
          `mutation($m: String!, $input: MatchingPolicyInput!) {
            updateMatchingPolicy(municipalityCode: $m, input: $input) { version } }`,
          { m: municipalityCode, input: { ...before, staleAfterDays } },
          admin,
        );
      const offering = await createOffering(
        staff.token,
        anOfferingInput(provider.id, { municipalitiesServed: ['GM0402', municipalityCode] }),
      );
      await backdateCapacityReport(offering.id, 4);
      try {
        await setPolicy(3);

        expect(await offeringOnBoard(owner.token, offering.id)).toMatchObject({
          capacityStale: true,
          capacityStaleAfterDays: 3,
        });
      } finally {
        await setPolicy(before.staleAfterDays);
      }
      expect(await offeringOnBoard(owner.token, offering.id)).toMatchObject({
        capacityStale: false,
        capacityStaleAfterDays: Math.min(
          before.staleAfterDays,
          await hilversumStaleAfterDays(staff.token),
        ),
      });
    });
  });
});

describe('confirming a capacity report ("klopt nog")', () => {
  it('records a new report with the same figures, which makes it fresh again', async () => {
    const { staff, provider, owner } = await aProviderWithUser();
    const offering = await createOffering(
      staff.token,
      anOfferingInput(provider.id, { freePlaces: 3, waitingWeeks: 2, totalPlaces: 8 }),
    );
    const oldReport = await backdateCapacityReport(offering.id, 20);
    const before = Date.now();

    const confirmed = ok(await confirmCapacity(owner.token, offering.id)).confirmCapacity;

    expect(confirmed).toMatchObject({
      freePlaces: 3,
      waitingWeeks: 2,
      totalPlaces: 8,
      capacityStale: false,
    });
    expect(Date.parse(confirmed.capacityUpdatedAt)).toBeGreaterThanOrEqual(before - 1_000);
    expect(Date.parse(confirmed.capacityUpdatedAt)).toBeGreaterThan(oldReport.getTime());
    expect(await offeringOnBoard(owner.token, offering.id)).toMatchObject({
      freePlaces: 3,
      capacityUpdatedAt: confirmed.capacityUpdatedAt,
      capacityStale: false,
    });
  });

  it('never gives back a place that a placement took since the last report', async () => {
    const world = await aReferralWorld({ freePlaces: 2 });
    const request = await world.newRequest();
    const referral = await referOk(world, request.id);
    ok(await respondToReferral(world.owner.token, referral.id, true));
    expect(await offeringOnBoard(world.owner.token, world.offering.id)).toMatchObject({
      freePlaces: 1,
    });

    const confirmed = ok(await confirmCapacity(world.owner.token, world.offering.id));

    expect(confirmed.confirmCapacity.freePlaces).toBe(1);
    expect(await offeringOnBoard(world.owner.token, world.offering.id)).toMatchObject({
      freePlaces: 1,
      heldPlaces: 0,
    });
  });

  it('reaches the shortlists, as a capacity update does', async () => {
    const { owner, offering, request, staff } = await aPrivateMarket(2);
    const optionOf = async () => {
      const data = await graphqlOk<{
        request: {
          shortlist: {
            revision: number;
            cause: { kind: string };
            options: { stale: boolean; offering: { id: string } | null }[];
          } | null;
        } | null;
      }>(
        `query($id: ID!) { request(id: $id) { shortlist {
          revision cause { kind } options { stale offering { id } } } } }`,
        { id: request.id },
        staff.token,
      );
      const shortlist = data.request?.shortlist ?? null;
      const option = shortlist?.options.find((o) => o.offering?.id === offering.id);
      return { revision: shortlist?.revision ?? 0, kind: shortlist?.cause.kind, option };
    };
    await eventually(optionOf, (seen) => seen.option?.stale === false, {
      what: 'the offering in the shortlist',
      timeoutMs: 60_000,
    });
    await backdateCapacityReport(offering.id, 20);
    // Naming the offering on the change stream makes the matcher read the old report.
    await graphqlOk(
      `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { id } }`,
      { input: { offeringId: offering.id, specialisms: ['GGZ'] } },
      owner.token,
    );
    const stale = await eventually(optionOf, (seen) => seen.option?.stale === true, {
      what: 'the shortlist flagging the old report',
      timeoutMs: 60_000,
    });

    ok(await confirmCapacity(owner.token, offering.id));

    const fresh = await eventually(optionOf, (seen) => seen.option?.stale === false, {
      what: 'the shortlist after the confirmation',
      timeoutMs: 60_000,
    });
    expect(fresh.revision).toBeGreaterThan(stale.revision);
    expect(fresh.kind).toBe('CAPACITY_CHANGED');
  });

  it('is for the offering’s own provider (or an admin)', async () => {
    const { staff, provider, owner, admin } = await aProviderWithUser();
    const offering = await createOffering(staff.token, anOfferingInput(provider.id));
    const stranger = await aProviderWithUser();

    expect(
      onlyError(await confirmCapacity(stranger.owner.token, offering.id)).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(onlyError(await confirmCapacity(staff.token, offering.id)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(onlyError(await confirmCapacity(owner.token, '123')).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'offeringId',
    });
    expect(ok(await confirmCapacity(admin, offering.id)).confirmCapacity.id).toBe(offering.id);
  });

  it('keeps a report lower than the holds, and says so', async () => {
    const world = await aReferralWorld({ freePlaces: 2 });
    const [first, second] = await world.newRequests(2);
    await referOk(world, first!.id);
    await referOk(world, second!.id);
    await updateCapacity(world.owner.token, world.offering.id, 1);

    const confirmed = ok(await confirmCapacity(world.owner.token, world.offering.id));

    expect(confirmed.confirmCapacity).toMatchObject({
      freePlaces: 1,
      heldPlaces: 2,
      capacityBelowHolds: true,
    });
  });
});

describe('the referral inbox', () => {
  const list = (token: string, filter: Record<string, unknown>, order?: string) =>
    graphql<{
      referrals: { totalCount: number; edges: { node: { id: string; status: string } }[] };
    }>(
      `
        query ($filter: ReferralListFilter, $order: ReferralOrder) {
          referrals(filter: $filter, order: $order, first: 50) {
            totalCount
            edges {
              node {
                id
                status
              }
            }
          }
        }
      `,
      { filter, order },
      token,
    );

  it('lists pending referrals with the oldest hold first, and the answered ones apart', async () => {
    const world = await aReferralWorld({ freePlaces: 5 });
    const requests = await world.newRequests(3);
    const referrals = [];
    for (const request of requests) referrals.push(await referOk(world, request.id));
    ok(await respondToReferral(world.owner.token, referrals[1]!.id, false, 'Geen plek.'));

    const pending = ok(await list(world.owner.token, { status: 'PENDING' }, 'OLDEST_FIRST'));
    const answered = ok(
      await list(world.owner.token, {
        statuses: ['ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'],
      }),
    );
    const newest = ok(await list(world.owner.token, { status: 'PENDING' }));
    const both = ok(
      await list(world.owner.token, { status: 'PENDING', statuses: ['DECLINED', 'ACCEPTED'] }),
    );

    expect(pending.referrals.edges.map((e) => e.node.id)).toEqual([
      referrals[0]!.id,
      referrals[2]!.id,
    ]);
    expect(newest.referrals.edges.map((e) => e.node.id)).toEqual([
      referrals[2]!.id,
      referrals[0]!.id,
    ]);
    expect(answered.referrals.edges.map((e) => e.node)).toEqual([
      { id: referrals[1]!.id, status: 'DECLINED' },
    ]);
    expect(both.referrals.totalCount).toBe(0);
    const firstPage = ok(
      await graphql<{
        referrals: { pageInfo: { endCursor: string }; edges: { node: { id: string } }[] };
      }>(
        `
          query {
            referrals(filter: { status: PENDING }, order: OLDEST_FIRST, first: 1) {
              pageInfo {
                endCursor
              }
              edges {
                node {
                  id
                }
              }
            }
          }
        `,
        {},
        world.owner.token,
      ),
    ).referrals;
    const nextPage = ok(
      await graphql<{ referrals: { edges: { node: { id: string } }[] } }>(
        `
          query ($after: String) {
            referrals(filter: { status: PENDING }, order: OLDEST_FIRST, first: 1, after: $after) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `,
        { after: firstPage.pageInfo.endCursor },
        world.owner.token,
      ),
    ).referrals;
    expect([...firstPage.edges, ...nextPage.edges].map((e) => e.node.id)).toEqual([
      referrals[0]!.id,
      referrals[2]!.id,
    ]);
  });
});
