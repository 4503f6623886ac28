import { createHash, randomBytes } from 'node:crypto';

/** Tells a resident link token apart from a staff JWT without touching the database. */
export const RESIDENT_LINK_TOKEN_PREFIX = 'rl_';

const TOKEN_BYTES = 32;
// base64url of 32 bytes is 43 characters, no padding.
const TOKEN_PATTERN = /^rl_[A-Za-z0-9_-]{43}$/;

export function isResidentLinkToken(token: string): boolean {
  return token.startsWith(RESIDENT_LINK_TOKEN_PREFIX);
}

/** A malformed token is refused before any database lookup. */
export function isWellFormedResidentLinkToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export function newResidentLinkToken(): string {
  return RESIDENT_LINK_TOKEN_PREFIX + randomBytes(TOKEN_BYTES).toString('base64url');
}

/**
 * The token has 256 random bits, so a plain SHA-256 is enough: there is nothing to brute-force
 * that a slow, salted hash would protect, and the lookup by hash stays one indexed query.
 */
export function hashResidentLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
