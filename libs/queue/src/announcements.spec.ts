import { decodeAnnouncements, encodeAnnouncements, referralAnnouncements } from './announcements';

describe('announcements', () => {
  it('survive the outbox body unchanged', () => {
    const announcements = referralAnnouncements(
      { id: 'ref1', offeringId: 'off1', requestId: 'req1' },
      true,
    );
    expect(decodeAnnouncements(encodeAnnouncements(announcements))).toEqual(announcements);
  });

  it('name only the offering while the request keeps its status', () => {
    const [only, ...rest] = referralAnnouncements(
      { id: 'ref1', offeringId: 'off1', requestId: 'req1' },
      false,
    );
    expect(rest).toEqual([]);
    expect(only?.kind).toBe('offering-changed');
  });

  it('leave out what they cannot read', () => {
    expect(decodeAnnouncements('not json')).toEqual([]);
    expect(
      decodeAnnouncements(
        JSON.stringify([
          { kind: 'unknown', job: {} },
          { kind: 'policy-changed', job: { municipalityCode: 'GM0402' } },
        ]),
      ),
    ).toEqual([{ kind: 'policy-changed', job: { municipalityCode: 'GM0402' } }]);
  });
});
