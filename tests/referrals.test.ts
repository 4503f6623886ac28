import { addWorkingDays } from '@wmo/domain';
import { eventually } from './support/eventually';
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

const DAY_MS = 24 * 60 * 60 * 1000;

function places(world: ReferralWorld) {
  return offeringPlaces(world.staff.token, world);
}

describe('a referral holds a place until the provider answers', () => {
  it('holds one place for five working days and marks the request referred', async () => {
    const world = await aReferralWorld({ freePlaces: 2 });
    const request = await world.newRequest();
    const before = Date.now();

    const referral = await referOk(world, request.id);

    expect(referral).toMatchObject({
      status: 'PENDING',
      respondedAt: null,
      request: { reference: request.reference, productCode: world.market.productCode },
      offering: { id: world.offering.id, heldPlaces: 1, freePlaces: 2, capacityBelowHolds: false },
    });
    // Five working days: at least five calendar days, more over a weekend or a public holiday.
    const holdEnd = Date.parse(referral.holdExpiresAt);
    expect(holdEnd - before).toBeGreaterThan(5 * DAY_MS - 3_600_000);
    expect(Math.abs(holdEnd - addWorkingDays(new Date(before), 5).getTime())).toBeLessThan(60_000);
    const seen = await requestReferrals(world.staff.token, request.id);
    expect(seen.status).toBe('REFERRED');
    expect(seen.referrals.map((r) => r.id)).toEqual([referral.id]);
    expect(seen.transitions).toEqual([
      expect.objectContaining({ from: null, to: 'PENDING', actor: world.staff.id }),
    ]);
  });

  it('turns the hold into a placement when the provider accepts: one free place fewer', async () => {
    const world = await aReferralWorld({ freePlaces: 2 });
    const request = await world.newRequest();
    const referral = await referOk(world, request.id);

    const accepted = ok(
      await respondToReferral(world.owner.token, referral.id, true),
    ).respondToReferral;

    expect(accepted).toMatchObject({
      status: 'ACCEPTED',
      offering: { heldPlaces: 0, freePlaces: 1 },
    });
    expect(accepted.respondedAt).not.toBeNull();
    const seen = await requestReferrals(world.staff.token, request.id);
    expect(seen.status).toBe('PLACED');
    expect(seen.transitions.map(({ from, to, actor }) => ({ from, to, actor }))).toEqual([
      { from: null, to: 'PENDING', actor: world.staff.id },
      { from: 'PENDING', to: 'ACCEPTED', actor: world.owner.id },
    ]);
  });

  it('counts a placement until the next capacity report, which already includes it', async () => {
    const world = await aReferralWorld({ freePlaces: 2 });
    const [request, next, last] = await world.newRequests(3);
    const referral = await referOk(world, request.id);
    ok(await respondToReferral(world.owner.token, referral.id, true));
    expect(await places(world)).toMatchObject({ freePlaces: 1, heldPlaces: 0 });

    const reported = await updateCapacity(world.owner.token, world.offering.id, 1);

    expect(reported).toMatchObject({ freePlaces: 1, heldPlaces: 0 });
    await referOk(world, next.id);
    expect(await errorCode(createReferral(world.staff.token, last.id, world.offering.id))).toBe(
      'CONFLICT',
    );
  });

  it('frees the place on a decline, reopens the request and drops that offering for it', async () => {
    const world = await aReferralWorld({ freePlaces: 1 });
    const request = await world.newRequest();
    await eventually(
      () => requestReferrals(world.staff.token, request.id),
      (view) => view.shortlist?.options.some((o) => o.offering?.id === world.offering.id) ?? false,
      // The worker may be busy with other suites' recomputes.
      { what: 'the offering in the first shortlist', timeoutMs: 60_000 },
    );
    const referral = await referOk(world, request.id);

    const declined = ok(
      await respondToReferral(world.owner.token, referral.id, false, 'Geen passende begeleider.'),
    ).respondToReferral;

    expect(declined).toMatchObject({
      status: 'DECLINED',
      reason: 'Geen passende begeleider.',
      offering: { heldPlaces: 0, freePlaces: 1 },
    });
    const reopened = await eventually(
      () => requestReferrals(world.staff.token, request.id),
      (view) =>
        view.shortlist?.cause.kind === 'REFERRAL_CHANGED' &&
        !view.shortlist.options.some((o) => o.offering?.id === world.offering.id),
      { what: 'a shortlist recomputed without the declining offering', timeoutMs: 60_000 },
    );
    expect(reopened.status).toBe('OPEN');
    expect(reopened.transitions.at(-1)).toMatchObject({
      from: 'PENDING',
      to: 'DECLINED',
      actor: world.owner.id,
      reason: 'Geen passende begeleider.',
    });
    const again = onlyError(await createReferral(world.staff.token, request.id, world.offering.id));
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offeringId' });
    expect(again.message).toMatch(/uitgesloten/);
  });

  it('frees the place when the consultant withdraws, and refuses any answer after that', async () => {
    const world = await aReferralWorld({ freePlaces: 1 });
    const request = await world.newRequest();
    const referral = await referOk(world, request.id);

    const withdrawn = ok(
      await withdrawReferral(world.staff.token, referral.id, 'Verhuist.'),
    ).withdrawReferral;

    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', offering: { heldPlaces: 0 } });
    expect((await requestReferrals(world.staff.token, request.id)).status).toBe('OPEN');
    const late = onlyError(await respondToReferral(world.owner.token, referral.id, true));
    expect(late).toMatchObject({
      message: 'Deze aanmelding is al ingetrokken.',
      extensions: { code: 'CONFLICT' },
    });
    expect(await errorCode(withdrawReferral(world.staff.token, referral.id))).toBe('CONFLICT');
    // The request may be referred again, to the same offering.
    expect((await referOk(world, request.id)).status).toBe('PENDING');
  });

  it('withdraws a pending referral when the request is closed, freeing its place', async () => {
    const world = await aReferralWorld({ freePlaces: 1 });
    const request = await world.newRequest();
    const referral = await referOk(world, request.id);
    expect((await places(world)).heldPlaces).toBe(1);

    const closed = await graphql<{ closeRequest: { status: string } }>(
      `
        mutation ($id: ID!) {
          closeRequest(id: $id) {
            status
          }
        }
      `,
      { id: request.id },
      world.staff.token,
    );

    expect(ok(closed).closeRequest.status).toBe('CLOSED');
    const seen = await requestReferrals(world.staff.token, request.id);
    expect(seen.status).toBe('CLOSED');
    expect(seen.referrals).toEqual([
      expect.objectContaining({
        id: referral.id,
        status: 'WITHDRAWN',
        reason: 'De aanvraag is gesloten.',
      }),
    ]);
    expect(await places(world)).toMatchObject({ heldPlaces: 0, freePlaces: 1 });
    const late = onlyError(await respondToReferral(world.owner.token, referral.id, true));
    expect(late.extensions?.code).toBe('CONFLICT');
  });

  it('lets only one of an accept and a withdrawal racing each other win', async () => {
    const world = await aReferralWorld({ freePlaces: 1 });
    const request = await world.newRequest();
    const referral = await referOk(world, request.id);

    const [accept, withdraw] = await Promise.all([
      respondToReferral(world.owner.token, referral.id, true),
      withdrawReferral(world.staff.token, referral.id),
    ]);

    expect([accept, withdraw].filter((result) => !result.errors)).toHaveLength(1);
    expect(onlyError(accept.errors ? accept : withdraw).extensions?.code).toBe('CONFLICT');
    const seen = await requestReferrals(world.staff.token, request.id);
    expect(seen.transitions.filter((t) => t.from === 'PENDING')).toHaveLength(1);
    expect(seen.status).toBe(accept.errors ? 'OPEN' : 'PLACED');
    expect(seen.referrals[0]?.offering.heldPlaces).toBe(0);
  });
});
