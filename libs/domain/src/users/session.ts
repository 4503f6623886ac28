/**
 * A logged-in browser session. The browser holds a refresh token in an httpOnly cookie; each use
 * spends it and returns a new one (rotation), so a stolen token works at most once before the
 * owner's next refresh reveals it.
 */
export interface Session {
  readonly id: string;
  readonly userId: string;
  readonly createdAt: Date;
  /** Absolute end: the user logs in again after this, however active. */
  readonly expiresAt: Date;
  /** Set at logout or when a spent refresh token came back. */
  readonly endedAt: Date | null;
}

/**
 * What a refresh with a given token may do. `ROTATE`: first use. `GRACE`: used again within
 * seconds — two tabs refreshing at once, both holding the old cookie; give the second a new token
 * too. `REUSED`: used again later — someone kept a copy: end the session.
 */
export type RefreshVerdict = 'ROTATE' | 'GRACE' | 'REUSED';

export function refreshVerdict(
  firstSpentAt: Date | null,
  now: Date,
  graceMs: number,
): RefreshVerdict {
  if (firstSpentAt === null) return 'ROTATE';
  return now.getTime() - firstSpentAt.getTime() <= graceMs ? 'GRACE' : 'REUSED';
}

export function isSessionActive(session: Session, now: Date): boolean {
  return session.endedAt === null && session.expiresAt.getTime() > now.getTime();
}

/** A refresh token lives `idleMs` unless the session ends first. */
export function refreshTokenExpiry(session: Session, now: Date, idleMs: number): Date {
  return new Date(Math.min(now.getTime() + idleMs, session.expiresAt.getTime()));
}
