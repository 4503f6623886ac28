import {
  decodeAnnouncements,
  encodeAnnouncements,
  referralAnnouncements,
  requestChanged,
} from './announcements';

describe('announcements', () => {
  it('survive the outbox body unchanged', () => {
    const announcements = referralAnnouncements({
      id: 'ref1',
      offeringId: 'off1',
      requestId: 'req1',
    });
    expect(decodeAnnouncements(encodeAnnouncements(announcements))).toEqual(announcements);
  });

  it('name the offering and the request of every referral step', () => {
    const kinds = referralAnnouncements({ id: 'ref1', offeringId: 'off1', requestId: 'req1' }).map(
      (announcement) => announcement.kind,
    );
    expect(kinds).toEqual(['offering-changed', 'request-changed']);
  });

  it('name a written request with what happened to it', () => {
    expect(requestChanged('req1', 'REQUEST_CHANGED')).toEqual([
      { kind: 'request-changed', job: { requestId: 'req1', cause: { kind: 'REQUEST_CHANGED' } } },
    ]);
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
