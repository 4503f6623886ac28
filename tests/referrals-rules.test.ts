import { graphql, onlyError } from './support/graphql-client';
import {
  aReferralWorld,
  createReferral,
  errorCode,
  offeringPlaces,
  ok,
  referOk,
  requestReferrals,
  respondToReferral,
  updateCapacity,
  withdrawReferral,
  type ReferralWorld,
} from './support/referral-scenario';
import { createOffering, createProvider, createUser } from './support/scenario';

function places(world: ReferralWorld) {
  return offeringPlaces(world.staff.token, world);
}

describe('where a referral may go', () => {
  it('allows one pending referral per request, also when two are sent at once', async () => {
    const world = await aReferralWorld({ freePlaces: 3 });
    const second = await createOffering(world.staff.token, world.offeringInput());
    const request = await world.newRequest();

    const results = await Promise.all([
      createReferral(world.staff.token, request.id, world.offering.id),
      createReferral(world.staff.token, request.id, second.id),
    ]);

    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    const refused = results.find((result) => result.errors) ?? results[0];
    expect(onlyError(refused).extensions?.code).toBe('CONFLICT');
    expect((await requestReferrals(world.staff.token, request.id)).referrals).toHaveLength(1);
  });

  it('refuses an offering that fails a hard filter, naming the filter', async () => {
    const world = await aReferralWorld();
    const request = await world.newRequest({ requiredLanguages: ['tr'] });

    const error = onlyError(await createReferral(world.staff.token, request.id, world.offering.id));

    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offeringId' });
    expect(error.message).toBe(
      'Dit aanbod past niet bij deze hulpvraag: spreekt niet de taal die nodig is.',
    );
    expect((await requestReferrals(world.staff.token, request.id)).status).toBe('OPEN');
  });

  it('answers CONFLICT when no place is free, even if the request accepts a waiting list', async () => {
    const world = await aReferralWorld({ freePlaces: 0 });
    const request = await world.newRequest({ acceptsWaitingList: true });

    const error = onlyError(await createReferral(world.staff.token, request.id, world.offering.id));

    expect(error).toMatchObject({
      message: 'Er is geen vrije plek meer bij dit aanbod.',
      extensions: { code: 'CONFLICT' },
    });
    // Nothing half-written: the request can still be referred elsewhere.
    const other = await createOffering(world.staff.token, world.offeringInput({ freePlaces: 1 }));
    expect((await referOk(world, request.id, other.id)).status).toBe('PENDING');
  });

  it('keeps holds after a lower capacity report, flags it and grants no new hold', async () => {
    const world = await aReferralWorld({ freePlaces: 2 });
    const [first, second, third] = await world.newRequests(3);
    const held = await referOk(world, first.id);
    await referOk(world, second.id);

    await updateCapacity(world.owner.token, world.offering.id, 1);

    expect(await places(world)).toEqual({
      id: world.offering.id,
      heldPlaces: 2,
      freePlaces: 1,
      capacityBelowHolds: true,
    });
    expect(await errorCode(createReferral(world.staff.token, third.id, world.offering.id))).toBe(
      'CONFLICT',
    );
    ok(await respondToReferral(world.owner.token, held.id, false));
    // One hold left on one free place: still none to give.
    expect(await places(world)).toMatchObject({ heldPlaces: 1, capacityBelowHolds: false });
    expect(await errorCode(createReferral(world.staff.token, third.id, world.offering.id))).toBe(
      'CONFLICT',
    );
  });
});

describe('who may see and do what', () => {
  it('shows a provider only referrals to its own offerings, without free text about the client', async () => {
    const world = await aReferralWorld();
    const elsewhere = await aReferralWorld({}, world.staff);
    const referral = await referOk(world, (await world.newRequest()).id);
    await referOk(elsewhere, (await elsewhere.newRequest()).id);

    const list = ok(
      await graphql<{ referrals: { totalCount: number; edges: { node: { id: string } }[] } }>(
        `
          {
            referrals(filter: { status: PENDING }) {
              totalCount
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
    );

    expect(list.referrals.totalCount).toBe(1);
    expect(list.referrals.edges.map((edge) => edge.node.id)).toEqual([referral.id]);
    const freeText = onlyError(
      await graphql(
        `
          {
            referrals {
              edges {
                node {
                  request {
                    strategicPartnerMismatch
                  }
                }
              }
            }
          }
        `,
        {},
        world.owner.token,
      ),
    );
    expect(freeText.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('lists staff the referrals of their municipalities, a page at a time', async () => {
    const world = await aReferralWorld({ freePlaces: 3 });
    const mine: string[] = [];
    for (const request of await world.newRequests(3))
      mine.push((await referOk(world, request.id)).id);
    const stranger = await createUser(world.admin, {
      role: 'STAFF',
      municipalityCodes: ['GM0406'],
    });
    const query = `query($after: String) { referrals(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    type Page = {
      referrals: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string } }[];
      };
    };

    const first = ok(await graphql<Page>(query, {}, world.staff.token)).referrals;
    const after = first.pageInfo.endCursor;
    const next = ok(await graphql<Page>(query, { after }, world.staff.token)).referrals;
    const strangers = ok(await graphql<Page>(query, {}, stranger.token)).referrals;

    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const ids = [...first.edges, ...next.edges].map((edge) => edge.node.id);
    expect(next.edges.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(strangers.edges.some((edge) => mine.includes(edge.node.id))).toBe(false);
  });

  it('refuses callers outside the request, its municipality or the offering', async () => {
    const world = await aReferralWorld();
    const request = await world.newRequest();
    const stranger = await createUser(world.admin, {
      role: 'STAFF',
      municipalityCodes: ['GM0406'],
    });
    const otherProvider = await createProvider(world.staff.token);
    const otherOwner = await createUser(world.admin, {
      role: 'PROVIDER',
      providerId: otherProvider.id,
    });
    const refer = (token: string) => createReferral(token, request.id, world.offering.id);

    expect(await errorCode(refer(world.owner.token))).toBe('FORBIDDEN');
    expect(await errorCode(refer(stranger.token))).toBe('NOT_FOUND');
    expect(await errorCode(refer(''))).toBe('UNAUTHENTICATED');
    const referral = await referOk(world, request.id);
    expect(await errorCode(respondToReferral(otherOwner.token, referral.id, true))).toBe(
      'NOT_FOUND',
    );
    expect(await errorCode(respondToReferral(world.staff.token, referral.id, true))).toBe(
      'FORBIDDEN',
    );
    expect(await errorCode(withdrawReferral(stranger.token, referral.id))).toBe('NOT_FOUND');
    expect((await requestReferrals(world.staff.token, request.id)).referrals[0]?.status).toBe(
      'PENDING',
    );
  });

  it('rejects malformed ids and oversized reasons as bad input naming the field', async () => {
    const world = await aReferralWorld();
    const request = await world.newRequest();
    const badId = onlyError(await createReferral(world.staff.token, 'nope', world.offering.id));
    expect(badId.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestId' });
    const referral = await referOk(world, request.id);
    const tooLong = onlyError(
      await respondToReferral(world.owner.token, referral.id, false, 'x'.repeat(501)),
    );
    expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });
});
