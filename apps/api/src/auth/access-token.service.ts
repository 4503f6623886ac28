import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { UnauthenticatedError, type Actor, type UserActor } from '@wmo/domain';
import { Lru } from '../requests/caches/lru';
import { ResidentLinkAuthenticator } from '../residents/resident-link-authenticator';
import { isResidentLinkToken } from '../residents/resident-link-token';

interface AccessTokenClaims {
  sub: string;
  role: UserActor['kind'];
  mun?: string[];
  prv?: string;
  /** The browser session, for the audit log. */
  sid?: string;
  /** Set by the signer from ACCESS_TOKEN_TTL_SECONDS (seconds since the epoch). */
  exp?: number;
}

/** Tokens kept verified: far more than the api's callers within one token's life. */
const VERIFIED_TOKENS = 10_000;

interface VerifiedToken {
  readonly actor: UserActor;
  readonly expiresAtMs: number;
  readonly sessionId: string | null;
}

/** Short-lived signed access tokens carrying the caller's role and scope. */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;
  /**
   * Tokens verified before, each until it expires: whether a JWT is valid depends only on the
   * token, the key (fixed for the life of the process) and the clock, and an expired one is
   * verified again (and refused). Every request carries its token: this saves the HMAC and the
   * claims' parsing on each (about 3 % of a warm read's CPU).
   */
  private readonly verified = new Lru<string, VerifiedToken>(VERIFIED_TOKENS);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly residentLinks: ResidentLinkAuthenticator,
  ) {
    // A key object made once: given the secret as text, jsonwebtoken first tries to read it as a
    // public key on every verify (a thrown error each time: 7 % of the api's CPU under reads).
    const key = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
    this.jwt = new JwtService({
      secretOrKeyProvider: () => key,
      signOptions: { algorithm: 'HS256', expiresIn: config.ACCESS_TOKEN_TTL_SECONDS },
      verifyOptions: { algorithms: ['HS256'] },
    });
  }

  /** Resident link tokens are looked up in the database; everything else must be our JWT. */
  async authenticate(token: string): Promise<Actor> {
    if (isResidentLinkToken(token)) return this.residentLinks.authenticate(token);
    return this.verify(token);
  }

  issue(actor: UserActor, sessionId?: string): { accessToken: string; expiresAt: Date } {
    const claims: AccessTokenClaims = { sub: actor.userId, role: actor.kind };
    if (sessionId) claims.sid = sessionId;
    if (actor.kind === 'STAFF' || actor.kind === 'POLICY')
      claims.mun = [...actor.municipalityCodes];
    if (actor.kind === 'PROVIDER') claims.prv = actor.providerId;
    const accessToken = this.jwt.sign(claims);
    const expiresAt = new Date(Date.now() + this.config.ACCESS_TOKEN_TTL_SECONDS * 1000);
    return { accessToken, expiresAt };
  }

  /** The user a valid JWT names, or undefined (no error) for anything else. */
  userOf(token: string): UserActor | undefined {
    if (isResidentLinkToken(token)) return undefined;
    try {
      return this.verify(token);
    } catch {
      return undefined;
    }
  }

  /** The session a JWT was issued in (null for a resident link or a token without one). */
  sessionIdOf(token: string): string | null {
    if (isResidentLinkToken(token)) return null;
    const known = this.verified.get(token);
    if (known) return known.sessionId;
    const claims = this.jwt.decode<{ sid?: unknown } | null>(token);
    return typeof claims?.sid === 'string' ? claims.sid : null;
  }

  /** When a valid JWT expires (null for a resident link, which the database governs). */
  expiresAt(token: string): Date | null {
    if (isResidentLinkToken(token)) return null;
    const claims = this.jwt.decode<{ exp?: number } | null>(token);
    return typeof claims?.exp === 'number' ? new Date(claims.exp * 1000) : null;
  }

  verify(token: string): UserActor {
    const known = this.verified.get(token);
    // jsonwebtoken refuses a token from the second of its `exp` on: the same moment.
    if (known && Date.now() < known.expiresAtMs) return known.actor;
    let claims: AccessTokenClaims;
    try {
      claims = this.jwt.verify<AccessTokenClaims>(token);
    } catch {
      this.verified.delete(token);
      throw new UnauthenticatedError('Uw sessie is verlopen of ongeldig. Log opnieuw in.');
    }
    const actor = actorOf(claims);
    if (typeof claims.exp === 'number') {
      // Shared by every request with this token: frozen, so none can change it for the others.
      this.verified.set(token, {
        actor: deepFrozen(actor),
        expiresAtMs: claims.exp * 1000,
        sessionId: typeof claims.sid === 'string' ? claims.sid : null,
      });
    }
    return actor;
  }
}

function actorOf(claims: AccessTokenClaims): UserActor {
  switch (claims.role) {
    case 'ADMIN':
      return { kind: 'ADMIN', userId: claims.sub };
    case 'STAFF':
      return { kind: 'STAFF', userId: claims.sub, municipalityCodes: claims.mun ?? [] };
    case 'POLICY':
      return { kind: 'POLICY', userId: claims.sub, municipalityCodes: claims.mun ?? [] };
    case 'PROVIDER':
      if (!claims.prv) break;
      return { kind: 'PROVIDER', userId: claims.sub, providerId: claims.prv };
  }
  throw new UnauthenticatedError('Uw sessie is ongeldig. Log opnieuw in.');
}

function deepFrozen(actor: UserActor): UserActor {
  if ('municipalityCodes' in actor) Object.freeze(actor.municipalityCodes);
  return Object.freeze(actor);
}
