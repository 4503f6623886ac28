import { NOTIFICATION_KINDS } from './notification';
import { emailTextOf, formatMoment, notificationTextOf } from './notification-texts';

describe('notification texts', () => {
  it('shows the pseudonymous reference and the end of the hold in the app', () => {
    const text = notificationTextOf({
      kind: 'REFERRAL_RECEIVED',
      referralId: 'r1',
      providerId: 'p1',
      requestReference: 'GV-2026-0042',
      holdExpiresAt: new Date('2026-12-08T13:30:00Z'),
    });
    expect(text.title).toBe('Nieuwe aanmelding');
    expect(text.body).toContain('GV-2026-0042');
    expect(text.body).toContain('dinsdag 8 december om 14:30');
    expect(text.link).toBe('/aanmeldingen');
  });

  it('links a consultant to the request', () => {
    const text = notificationTextOf({
      kind: 'REFERRAL_DECLINED',
      referralId: 'r1',
      requestId: 'abc',
      requestReference: 'GV-1',
      consultantUserId: 's1',
    });
    expect(text.link).toBe('/aanvragen/abc');
  });

  it.each(NOTIFICATION_KINDS)('e-mails of %s say only "log in om te bekijken"', (kind) => {
    const email = emailTextOf(kind, 'https://wmo.example/');
    expect(email.text).toContain('log in om te bekijken');
    expect(email.text).toContain('https://wmo.example/');
    // Nothing that could be client data: no digits besides those of the address.
    expect(email.text.replace('https://wmo.example/', '')).not.toMatch(/\d/);
    expect(email.subject).not.toMatch(/\d/);
  });

  it('formats moments in Dutch, in Amsterdam time', () => {
    expect(formatMoment(new Date('2026-07-01T08:05:00Z'))).toBe('woensdag 1 juli om 10:05');
  });
});
