import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import {
  actorOf,
  isSessionActive,
  refreshTokenExpiry,
  refreshVerdict,
  UnauthenticatedError,
  type Session,
  type User,
} from '@wmo/domain';
import { SessionRepository, UserRepository } from '@wmo/persistence';
import { AccessTokenService } from './access-token.service';
import { hashSessionToken, newSessionToken } from './session-cookie';

export interface IssuedRefreshToken {
  readonly token: string;
  readonly expiresAt: Date;
  /** The session it belongs to: access tokens carry it, so the audit log can name it. */
  readonly sessionId: string;
}

export interface RefreshedSession {
  readonly user: User;
  readonly accessToken: string;
  readonly expiresAt: Date;
  readonly refresh: IssuedRefreshToken;
}

const SESSION_ENDED = 'Uw sessie is afgelopen. Log opnieuw in.';

/** Browser sessions: a rotating refresh token keeps a short-lived access token coming. */
@Injectable()
export class SessionService {
  private readonly logger = new Logger(SessionService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionRepository,
    private readonly users: UserRepository,
    private readonly tokens: AccessTokenService,
  ) {}

  async start(user: User): Promise<IssuedRefreshToken> {
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.SESSION_MAX_HOURS * 3600_000);
    const session = await this.sessions.start(user.id, now, expiresAt);
    return this.issue(session, now);
  }

  /** Spends the refresh token and answers a new access token and a new refresh token. */
  async refresh(token: string): Promise<RefreshedSession> {
    const now = new Date();
    const stored = await this.sessions.findToken(hashSessionToken(token));
    if (!stored || stored.expiresAt.getTime() <= now.getTime()) {
      throw new UnauthenticatedError(SESSION_ENDED);
    }
    const session = await this.sessions.findById(stored.sessionId);
    if (!session || !isSessionActive(session, now)) throw new UnauthenticatedError(SESSION_ENDED);
    const firstSpentAt = await this.sessions.spend(stored.tokenHash, now);
    const graceMs = this.config.SESSION_REUSE_GRACE_SECONDS * 1000;
    const verdict = refreshVerdict(firstSpentAt, now, graceMs);
    if (verdict === 'REUSED') {
      await this.sessions.end(session.id, now);
      this.logger.warn(`session ${session.id} ended: a spent refresh token was used again`);
      throw new UnauthenticatedError(SESSION_ENDED);
    }
    const user = await this.users.findById(session.userId);
    if (!user || user.role === 'RESIDENT') throw new UnauthenticatedError(SESSION_ENDED);
    const access = this.tokens.issue(actorOf(user), session.id);
    return { user, ...access, refresh: await this.issue(session, now) };
  }

  /** Logout: the session ends, so none of its refresh tokens works again. */
  async end(token: string): Promise<void> {
    const stored = await this.sessions.findToken(hashSessionToken(token));
    if (stored) await this.sessions.end(stored.sessionId, new Date());
  }

  private async issue(session: Session, now: Date): Promise<IssuedRefreshToken> {
    const token = newSessionToken();
    const expiresAt = refreshTokenExpiry(session, now, this.config.SESSION_IDLE_MINUTES * 60_000);
    await this.sessions.addToken(
      { tokenHash: hashSessionToken(token), sessionId: session.id, expiresAt },
      now,
    );
    return { token, expiresAt, sessionId: session.id };
  }
}
