import {
  audienceOf,
  eventKeyOf,
  isHoldEndingSoon,
  notificationIdOf,
  referralOutcomeKind,
} from './notification-rules';
import { capacityReminderOf } from './capacity-reminder';
import type { NotificationEvent } from './notification';

const HOUR = 60 * 60 * 1000;
const at = (hours: number) => new Date(Date.UTC(2026, 11, 7, 9) + hours * HOUR);

const received: NotificationEvent = {
  kind: 'REFERRAL_RECEIVED',
  referralId: 'ref1',
  providerId: 'prov1',
  requestReference: 'GV-1',
  holdExpiresAt: at(120),
};
const accepted: NotificationEvent = {
  kind: 'REFERRAL_ACCEPTED',
  referralId: 'ref1',
  requestId: 'req1',
  requestReference: 'GV-1',
  consultantUserId: 'staff1',
};

describe('who is told', () => {
  it('tells every user of the provider of a new referral and of a withdrawn one', () => {
    expect(audienceOf(received)).toEqual({ providerId: 'prov1' });
    expect(audienceOf({ ...received, kind: 'REFERRAL_WITHDRAWN' })).toEqual({
      providerId: 'prov1',
    });
  });

  it('tells the consultant who sent the referral of its outcome', () => {
    for (const kind of ['REFERRAL_ACCEPTED', 'REFERRAL_DECLINED', 'REFERRAL_EXPIRED'] as const) {
      expect(audienceOf({ ...accepted, kind })).toEqual({ userId: 'staff1' });
    }
  });

  it("tells the consultant who registered the request of the resident's preference", () => {
    expect(
      audienceOf({
        kind: 'PREFERENCE_CHOSEN',
        requestId: 'req1',
        requestReference: 'GV-1',
        consultantUserId: 'staff2',
        chosenAt: at(0),
      }),
    ).toEqual({ userId: 'staff2' });
  });
});

describe('event keys', () => {
  it('are the same for the same event, so a repeated report stores one notification', () => {
    expect(eventKeyOf(received)).toBe(eventKeyOf({ ...received }));
    expect(notificationIdOf(eventKeyOf(received), 'u1')).toBe('REFERRAL_RECEIVED:ref1:u1');
  });

  it('differ between the events of one referral', () => {
    expect(eventKeyOf(received)).not.toBe(eventKeyOf({ ...received, kind: 'HOLD_ENDING' }));
    expect(eventKeyOf(accepted)).not.toBe(eventKeyOf(received));
  });

  it('give one capacity reminder per report', () => {
    const reminder = (updatedAt: Date): NotificationEvent => ({
      kind: 'CAPACITY_STALE',
      offeringId: 'off1',
      providerId: 'prov1',
      capacityUpdatedAt: updatedAt,
      staleAfterDays: 14,
      offeringLabel: 'Begeleiding',
    });
    expect(eventKeyOf(reminder(at(0)))).toBe(eventKeyOf(reminder(at(0))));
    expect(eventKeyOf(reminder(at(0)))).not.toBe(eventKeyOf(reminder(at(1))));
  });
});

describe('referralOutcomeKind', () => {
  it('names the event of each final status and none for a pending referral', () => {
    expect(referralOutcomeKind('ACCEPTED')).toBe('REFERRAL_ACCEPTED');
    expect(referralOutcomeKind('DECLINED')).toBe('REFERRAL_DECLINED');
    expect(referralOutcomeKind('EXPIRED')).toBe('REFERRAL_EXPIRED');
    expect(referralOutcomeKind('WITHDRAWN')).toBe('REFERRAL_WITHDRAWN');
    expect(referralOutcomeKind('PENDING')).toBeNull();
  });
});

describe('isHoldEndingSoon', () => {
  const hold = { createdAt: at(0), holdExpiresAt: at(120) };

  it('reminds once less than 24 hours are left', () => {
    expect(isHoldEndingSoon(hold, at(95))).toBe(false);
    expect(isHoldEndingSoon(hold, at(96))).toBe(true);
    expect(isHoldEndingSoon(hold, at(119))).toBe(true);
  });

  it('does not remind of a hold that has ended', () => {
    expect(isHoldEndingSoon(hold, at(120))).toBe(false);
  });

  it('does not remind of a hold that was never longer than 24 hours', () => {
    expect(isHoldEndingSoon({ createdAt: at(0), holdExpiresAt: at(20) }, at(1))).toBe(false);
  });
});

describe('capacityReminderOf', () => {
  const offering = {
    id: 'off1',
    providerId: 'prov1',
    capacityUpdatedAt: at(0),
    municipalitiesServed: ['GM0402', 'GM0417'],
  };
  const staleAfter = (code: string) => (code === 'GM0417' ? 7 : 14);

  it('reminds by the strictest policy of the municipalities served', () => {
    expect(capacityReminderOf(offering, staleAfter, 14, 'Begeleiding', at(7 * 24))).toBeNull();
    expect(capacityReminderOf(offering, staleAfter, 14, 'Begeleiding', at(7 * 24 + 1))).toEqual({
      kind: 'CAPACITY_STALE',
      offeringId: 'off1',
      providerId: 'prov1',
      capacityUpdatedAt: at(0),
      staleAfterDays: 7,
      offeringLabel: 'Begeleiding',
    });
  });
});
