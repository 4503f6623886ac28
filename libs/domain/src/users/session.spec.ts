import { isSessionActive, refreshTokenExpiry, refreshVerdict, type Session } from './session';

const at = (iso: string) => new Date(iso);
const aSession = (overrides: Partial<Session> = {}): Session => ({
  id: 's1',
  userId: 'u1',
  createdAt: at('2026-12-01T08:00:00Z'),
  expiresAt: at('2026-12-01T20:00:00Z'),
  endedAt: null,
  ...overrides,
});

describe('refreshVerdict', () => {
  it('rotates a token that was never spent', () => {
    expect(refreshVerdict(null, at('2026-12-01T09:00:00Z'), 30_000)).toBe('ROTATE');
  });

  it('lets a second tab refresh with the same token within seconds', () => {
    expect(refreshVerdict(at('2026-12-01T09:00:00Z'), at('2026-12-01T09:00:29Z'), 30_000)).toBe(
      'GRACE',
    );
  });

  it('treats a spent token that comes back later as stolen', () => {
    expect(refreshVerdict(at('2026-12-01T09:00:00Z'), at('2026-12-01T09:00:31Z'), 30_000)).toBe(
      'REUSED',
    );
  });
});

describe('sessions', () => {
  it('ends at logout and at its absolute end', () => {
    const now = at('2026-12-01T12:00:00Z');
    expect(isSessionActive(aSession(), now)).toBe(true);
    expect(isSessionActive(aSession({ endedAt: at('2026-12-01T11:00:00Z') }), now)).toBe(false);
    expect(isSessionActive(aSession(), at('2026-12-01T20:00:00Z'))).toBe(false);
  });

  it('never lets a refresh token outlive its session', () => {
    const twoHours = 2 * 3600_000;
    expect(refreshTokenExpiry(aSession(), at('2026-12-01T12:00:00Z'), twoHours)).toEqual(
      at('2026-12-01T14:00:00Z'),
    );
    expect(refreshTokenExpiry(aSession(), at('2026-12-01T19:00:00Z'), twoHours)).toEqual(
      at('2026-12-01T20:00:00Z'),
    );
  });
});
