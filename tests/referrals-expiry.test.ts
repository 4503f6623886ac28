import { eventually } from './support/eventually';
import { onlyError } from './support/graphql-client';
import {
  aReferralWorld,
  createReferral,
  ok,
  requestReferrals,
  respondToReferral,
  type ReferralView,
  type ReferralWorld,
} from './support/referral-scenario';
import { startReferralStack, type ReferralStack } from './support/referral-stack';

const HOLD_SECONDS = 2;

let stack: ReferralStack;

beforeAll(async () => {
  stack = await startReferralStack(HOLD_SECONDS);
  await stack.startWorker();
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

/** Referred through the api with short holds; everything else goes through the shared api. */
async function referWithShortHold(world: ReferralWorld, requestId: string): Promise<ReferralView> {
  return ok(await createReferral(world.staff.token, requestId, world.offering.id, stack.apiUrl))
    .createReferral;
}

/**
 * Read through the stack's own api: its worker announces the expiry on the stack's own queue
 * prefix, which is the one the shared api's caches do not follow (a deployment has one prefix).
 */
function statusOf(world: ReferralWorld, requestId: string) {
  return requestReferrals(world.staff.token, requestId, stack.apiUrl);
}

describe('a hold nobody answers expires', () => {
  it('frees the place, reopens the request and records the expiry as done by the system', async () => {
    const world = await aReferralWorld({ freePlaces: 1 });
    const [request, next] = await world.newRequests(2);
    const referral = await referWithShortHold(world, request.id);
    expect(Date.parse(referral.holdExpiresAt) - Date.parse(referral.createdAt)).toBe(
      HOLD_SECONDS * 1000,
    );

    const expired = await eventually(
      () => statusOf(world, request.id),
      // The request is read before its referrals: wait for both to show the expiry.
      (view) => view.referrals[0]?.status === 'EXPIRED' && view.status === 'OPEN',
      { what: 'the hold to expire and the request to reopen', timeoutMs: 30_000 },
    );

    expect(expired.referrals[0]?.offering).toMatchObject({ heldPlaces: 0, freePlaces: 1 });
    expect(expired.transitions.at(-1)).toMatchObject({
      from: 'PENDING',
      to: 'EXPIRED',
      actor: 'system',
      reason: null,
    });
    const late = onlyError(await respondToReferral(world.owner.token, referral.id, true));
    expect(late).toMatchObject({
      message: 'Deze aanmelding is al verlopen.',
      extensions: { code: 'CONFLICT' },
    });
    // The freed place can be held again.
    expect(
      ok(await createReferral(world.staff.token, next.id, world.offering.id)).createReferral,
    ).toMatchObject({ status: 'PENDING' });
  });

  it('expires a hold that fell due while the worker was down, once the worker is back', async () => {
    const world = await aReferralWorld({ freePlaces: 2 });
    const [waiting, answered] = await world.newRequests(2);
    await stack.stopWorker();
    let forgotten: ReferralView;
    try {
      forgotten = await referWithShortHold(world, waiting.id);
      const late = await referWithShortHold(world, answered.id);
      await eventually(
        async () => Date.now(),
        (now) => now > Date.parse(late.holdExpiresAt) + 500,
        { what: 'both holds to fall due' },
      );
      // Nobody expired it: the worker is down.
      expect((await statusOf(world, waiting.id)).referrals[0]?.status).toBe('PENDING');

      // An answer after the due time is refused, and that hold expires on the spot.
      const refused = onlyError(await respondToReferral(world.owner.token, late.id, true));
      expect(refused).toMatchObject({
        message: 'Deze aanmelding is al verlopen.',
        extensions: { code: 'CONFLICT' },
      });
      expect((await statusOf(world, answered.id)).referrals[0]?.status).toBe('EXPIRED');
    } finally {
      await stack.startWorker();
    }

    const expired = await eventually(
      () => statusOf(world, waiting.id),
      (view) => view.referrals[0]?.status === 'EXPIRED' && view.status === 'OPEN',
      { what: 'the restarted worker to expire the hold and reopen the request', timeoutMs: 30_000 },
    );
    expect(expired.referrals[0]?.id).toBe(forgotten.id);
    expect(expired.transitions.at(-1)).toMatchObject({ to: 'EXPIRED', actor: 'system' });
    expect(expired.referrals[0]?.offering.heldPlaces).toBe(0);
  });
});
