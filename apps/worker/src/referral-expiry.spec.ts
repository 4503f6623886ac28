import { Test } from '@nestjs/testing';
import { ConflictError, type Referral } from '@wmo/domain';
import { MatchingAnnouncer } from '@wmo/matching';
import { Notifier } from '@wmo/notifications';
import { ReferralLedger, ReferralRepository } from '@wmo/persistence';
import { HoldExpiry } from './referral-expiry';

const NOW = new Date('2026-12-02T12:00:00Z');

function aReferral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: 'referral-1',
    requestId: 'request-1',
    offeringId: 'offering-1',
    providerId: 'provider-1',
    municipalityCode: 'GM0402',
    request: {
      reference: 'REF-1',
      productCode: 'BEG_REGULIER',
      specialisms: [],
      postcode: '1211',
      urgency: 'ROUTINE',
    },
    status: 'PENDING',
    holdExpiresAt: new Date(NOW.getTime() - 1_000),
    createdAt: new Date('2026-11-25T12:00:00Z'),
    createdByUserId: 'staff-1',
    respondedAt: null,
    reason: null,
    ...overrides,
  };
}

/** HoldExpiry with its repositories, notifier and announcer mocked, in a Nest testing module. */
async function newHoldExpiry(referral: Referral | null) {
  const ledger = {
    clearAbandoned: jest.fn().mockResolvedValue(false),
    decided: jest.fn().mockResolvedValue(null),
    move: jest.fn().mockResolvedValue(undefined),
    settle: jest.fn().mockResolvedValue(undefined),
  };
  const notifier = { notify: jest.fn().mockResolvedValue(undefined) };
  const announcer = {
    announced: jest.fn(<T>(_planned: unknown, write: () => Promise<T>) => write()),
  };
  const module = await Test.createTestingModule({
    providers: [
      HoldExpiry,
      {
        provide: ReferralRepository,
        useValue: { findInScope: jest.fn().mockResolvedValue(referral) },
      },
      { provide: ReferralLedger, useValue: ledger },
      { provide: Notifier, useValue: notifier },
      { provide: MatchingAnnouncer, useValue: announcer },
    ],
  }).compile();
  return { expiry: module.get(HoldExpiry), ledger, notifier };
}

describe('HoldExpiry.expire', () => {
  it('expires a pending hold that fell due and tells of it', async () => {
    const { expiry, ledger, notifier } = await newHoldExpiry(aReferral());
    await expect(expiry.expire('referral-1', NOW)).resolves.toBe('expired');
    expect(ledger.move).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'referral-1' }),
      'EXPIRED',
      expect.anything(),
      NOW,
    );
    expect(notifier.notify).toHaveBeenCalledTimes(1);
  });

  it('leaves a hold that is not due yet, and throws so that the job is retried', async () => {
    const { expiry, ledger } = await newHoldExpiry(
      aReferral({ holdExpiresAt: new Date(NOW.getTime() + 60_000) }),
    );
    await expect(expiry.expire('referral-1', NOW)).rejects.toThrow(/not due yet/);
    expect(ledger.move).not.toHaveBeenCalled();
  });

  it('lets an answer given in the same instant win', async () => {
    const { expiry, ledger, notifier } = await newHoldExpiry(aReferral());
    ledger.move.mockRejectedValue(new ConflictError('answered'));
    await expect(expiry.expire('referral-1', NOW)).resolves.toBe('answered');
    expect(notifier.notify).not.toHaveBeenCalled();
  });

  it('only tells again of a referral that was already answered', async () => {
    const { expiry, ledger, notifier } = await newHoldExpiry(aReferral({ status: 'ACCEPTED' }));
    await expect(expiry.expire('referral-1', NOW)).resolves.toBe('final');
    expect(ledger.move).not.toHaveBeenCalled();
    expect(notifier.notify).toHaveBeenCalledTimes(1);
  });

  it('clears an abandoned hold whose referral was never stored, and retries otherwise', async () => {
    const abandoned = await newHoldExpiry(null);
    abandoned.ledger.clearAbandoned.mockResolvedValue(true);
    await expect(abandoned.expiry.expire('referral-1', NOW)).resolves.toBe('abandoned');
    const pending = await newHoldExpiry(null);
    await expect(pending.expiry.expire('referral-1', NOW)).rejects.toThrow(/not stored yet/);
  });
});
