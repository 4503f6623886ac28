import fc from 'fast-check';
import { ConflictError } from '../errors';
import { REFERRAL_STATUSES, SYSTEM_ACTOR, type Referral, type ReferralStatus } from './referral';
import {
  canTransition,
  isFinal,
  openingTransition,
  outcomeOf,
  transitionReferral,
} from './referral-state-machine';

const CREATED = new Date('2026-11-23T09:00:00Z');
const DUE = new Date('2026-11-30T09:00:00Z');
const BEFORE_DUE = new Date('2026-11-25T12:00:00Z');

function aReferral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: 'r1',
    requestId: 'q1',
    offeringId: 'o1',
    providerId: 'p1',
    municipalityCode: 'GM0402',
    request: {
      reference: 'WMO-AAAA-BBBB',
      productCode: 'BEG_REGULIER',
      specialisms: ['GGZ'],
      postcode: '1215',
      urgency: 'SOON',
    },
    status: 'PENDING',
    holdExpiresAt: DUE,
    createdAt: CREATED,
    createdByUserId: 'staff-1',
    respondedAt: null,
    reason: null,
    ...overrides,
  };
}

describe('referral state machine', () => {
  it('lets a pending referral be accepted, declined, withdrawn or expired', () => {
    expect(REFERRAL_STATUSES.filter((to) => canTransition('PENDING', to))).toEqual([
      'ACCEPTED',
      'DECLINED',
      'EXPIRED',
      'WITHDRAWN',
    ]);
  });

  it('treats every status but PENDING as final', () => {
    expect(REFERRAL_STATUSES.filter(isFinal)).toEqual([
      'ACCEPTED',
      'DECLINED',
      'EXPIRED',
      'WITHDRAWN',
    ]);
  });

  it('records who moved it, when, from what to what and why', () => {
    const transition = transitionReferral(aReferral(), 'DECLINED', 'user-9', BEFORE_DUE, 'Vol');
    expect(transition).toEqual({
      referralId: 'r1',
      requestId: 'q1',
      offeringId: 'o1',
      from: 'PENDING',
      to: 'DECLINED',
      at: BEFORE_DUE,
      actor: 'user-9',
      reason: 'Vol',
    });
  });

  it('records the creation as a move from nothing to PENDING by the consultant', () => {
    expect(openingTransition(aReferral())).toMatchObject({
      from: null,
      to: 'PENDING',
      actor: 'staff-1',
      at: CREATED,
    });
  });

  it('refuses any move out of a final status with a conflict that says what happened', () => {
    const finals: ReferralStatus[] = ['ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'];
    fc.assert(
      fc.property(fc.constantFrom(...finals), fc.constantFrom(...REFERRAL_STATUSES), (from, to) => {
        const act = () =>
          transitionReferral(aReferral({ status: from }), to, SYSTEM_ACTOR, new Date(DUE));
        expect(act).toThrow(ConflictError);
      }),
    );
    expect(() =>
      transitionReferral(aReferral({ status: 'ACCEPTED' }), 'DECLINED', 'u', BEFORE_DUE),
    ).toThrow('Deze aanmelding is al geaccepteerd.');
  });

  it('lets only the platform expire a hold, and only once it is due', () => {
    expect(() => transitionReferral(aReferral(), 'EXPIRED', SYSTEM_ACTOR, BEFORE_DUE)).toThrow(
      'Deze aanmelding is nog niet verlopen.',
    );
    expect(() => transitionReferral(aReferral(), 'EXPIRED', 'user-9', DUE)).toThrow(ConflictError);
    expect(transitionReferral(aReferral(), 'EXPIRED', SYSTEM_ACTOR, DUE).to).toBe('EXPIRED');
  });

  it('refuses an answer to a hold that is already due', () => {
    expect(() => transitionReferral(aReferral(), 'ACCEPTED', 'user-9', DUE)).toThrow(
      'Deze aanmelding is al verlopen.',
    );
  });

  it('places on accept; releases and reopens on every other end; excludes only on decline', () => {
    expect(outcomeOf('ACCEPTED')).toEqual({
      hold: 'PLACE',
      requestStatus: 'PLACED',
      excludeOffering: false,
    });
    expect(outcomeOf('DECLINED')).toEqual({
      hold: 'RELEASE',
      requestStatus: 'OPEN',
      excludeOffering: true,
    });
    for (const status of ['EXPIRED', 'WITHDRAWN'] as const) {
      expect(outcomeOf(status)).toEqual({
        hold: 'RELEASE',
        requestStatus: 'OPEN',
        excludeOffering: false,
      });
    }
  });
});
