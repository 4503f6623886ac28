import { messageIdOf, nextDeliveryStep, sendBudgetOf, type EmailClaim } from './email-delivery';

const now = new Date('2026-12-02T10:00:00Z');
const claim = (attempt: number, leaseUntilOffsetMs: number, failed = false): EmailClaim => ({
  emailId: 'e1',
  attempt,
  claimId: `c${attempt}`,
  claimedAt: new Date(now.getTime() - 1_000),
  leaseUntil: new Date(now.getTime() + leaseUntilOffsetMs),
  failedAt: failed ? now : null,
});

describe('nextDeliveryStep', () => {
  it('claims the first attempt of a new e-mail', () => {
    expect(nextDeliveryStep(false, null, now)).toEqual({ kind: 'claim', attempt: 1 });
  });

  it('does nothing once the e-mail was sent', () => {
    expect(nextDeliveryStep(true, claim(1, -5_000), now)).toEqual({ kind: 'done' });
  });

  it('leaves an e-mail alone while another worker holds its lease', () => {
    expect(nextDeliveryStep(false, claim(2, 5_000), now)).toEqual({
      kind: 'busy',
      until: claim(2, 5_000).leaseUntil,
    });
  });

  it('claims the next attempt after a failure or once the lease ran out (a crashed worker)', () => {
    expect(nextDeliveryStep(false, claim(2, 5_000, true), now)).toEqual({
      kind: 'claim',
      attempt: 3,
    });
    expect(nextDeliveryStep(false, claim(2, 0), now)).toEqual({ kind: 'claim', attempt: 3 });
  });
});

describe('sendBudgetOf', () => {
  it('ends every send well before the lease does', () => {
    const budget = sendBudgetOf(60_000);
    expect(budget.deadlineMs).toBeLessThan(60_000);
    expect(budget.connectionTimeoutMs + budget.socketTimeoutMs).toBeLessThanOrEqual(
      budget.deadlineMs,
    );
  });
});

describe('messageIdOf', () => {
  it('is the same for every attempt and a valid Message-ID', () => {
    const id = messageIdOf('REFERRAL_RECEIVED:abc:def', 'Wmo <noreply@wmo.example>');
    expect(id).toBe('<REFERRAL_RECEIVED.abc.def@wmo.example>');
    expect(messageIdOf('REFERRAL_RECEIVED:abc:def', 'noreply@wmo.example')).toBe(id);
  });
});
