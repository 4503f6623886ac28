import { createHash, randomBytes } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';

/** The refresh token's cookie: sent only with GraphQL calls, never readable by scripts. */
export const SESSION_COOKIE = 'wmo_session';
const COOKIE_PATH = '/graphql';
const TOKEN_PATTERN = /^ses_[A-Za-z0-9_-]{43}$/;

export function newSessionToken(): string {
  return `ses_${randomBytes(32).toString('base64url')}`;
}

/** 256 random bits: a plain SHA-256 is enough, as for resident links. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sessionTokenFrom(req: Request): string | null {
  const cookies = (req as Request & { cookies?: Record<string, unknown> }).cookies;
  const value = cookies?.[SESSION_COOKIE];
  return typeof value === 'string' && TOKEN_PATTERN.test(value) ? value : null;
}

export function setSessionCookie(
  res: Response,
  token: string,
  expiresAt: Date,
  secure: boolean,
): void {
  res.cookie(SESSION_COOKIE, token, {
    ...cookieOptions(secure),
    maxAge: Math.max(0, expiresAt.getTime() - Date.now()),
  });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(secure));
}

function cookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, secure, sameSite: 'strict', path: COOKIE_PATH };
}
