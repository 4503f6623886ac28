import { timelineEntries } from './timeline';

const referrals = [{ id: 'r1', offering: { provider: { name: 'Zorg Noord' } } }];

describe('the referral timeline in words', () => {
  it('says who did what, by name and role, from which status to which', () => {
    const entries = timelineEntries(
      [
        {
          referralId: 'r1',
          from: null,
          to: 'PENDING',
          at: '2026-12-02T09:00:00Z',
          actorName: 'Sanne de Vries',
          actorRole: 'STAFF',
          reason: null,
        },
        {
          referralId: 'r1',
          from: 'PENDING',
          to: 'DECLINED',
          at: '2026-12-03T10:00:00Z',
          actorName: 'Pieter Bakker',
          actorRole: 'PROVIDER',
          reason: ' Geen passend team ',
        },
      ],
      referrals,
    );
    expect(entries).toEqual([
      {
        key: 'r1:0',
        at: '2026-12-02T09:00:00Z',
        who: 'Sanne de Vries (Consulent)',
        what: 'Aangemeld bij Zorg Noord (wacht op antwoord)',
        reason: null,
      },
      {
        key: 'r1:1',
        at: '2026-12-03T10:00:00Z',
        who: 'Pieter Bakker (Aanbieder)',
        what: 'Zorg Noord: van ‘Wacht op antwoord’ naar ‘Afgewezen’',
        reason: 'Geen passend team',
      },
    ]);
  });

  it('names the platform without a role, and an offering it no longer knows', () => {
    const [expired] = timelineEntries(
      [
        {
          referralId: 'gone',
          from: 'PENDING',
          to: 'EXPIRED',
          at: '2026-12-09T09:00:00Z',
          actorName: 'Systeem',
          actorRole: null,
        },
      ],
      referrals,
    );
    expect(expired?.who).toBe('Systeem');
    expect(expired?.what).toBe('een aanbieder: van ‘Wacht op antwoord’ naar ‘Verlopen’');
  });
});
