import { Inject } from '@nestjs/common';
import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { UnauthenticatedError, type Actor } from '@wmo/domain';
import { UserRepository } from '@wmo/persistence';
import { Allow, Public } from './allow.decorator';
import { AuthPayload, toUserModel, UserModel } from './auth.types';
import { CurrentActor } from './current-actor.decorator';
import { HttpExchange } from './http-exchange.decorator';
import { clearSessionCookie, sessionTokenFrom, setSessionCookie } from './session-cookie';
import { SessionService } from './session.service';
import { AuditExempt } from '../audit/audited.decorator';

/** The web app's session: refresh with the cookie, log out, and who am I. */
@Resolver()
export class SessionResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly users: UserRepository,
  ) {}

  @Public()
  @AuditExempt('sessions are recorded in the sessions collection')
  @Mutation(() => AuthPayload, {
    description: 'A new access token from the session cookie; the cookie is renewed.',
  })
  async refreshSession(@HttpExchange() { req, res }: HttpExchange): Promise<AuthPayload> {
    const token = sessionTokenFrom(req);
    if (!token) throw new UnauthenticatedError('U bent niet ingelogd.');
    try {
      const refreshed = await this.sessions.refresh(token);
      const { refresh } = refreshed;
      setSessionCookie(res, refresh.token, refresh.expiresAt, this.config.SESSION_COOKIE_SECURE);
      return { ...refreshed, user: toUserModel(refreshed.user) };
    } catch (error) {
      if (error instanceof UnauthenticatedError) {
        clearSessionCookie(res, this.config.SESSION_COOKIE_SECURE);
      }
      throw error;
    }
  }

  @Public()
  @AuditExempt('sessions are recorded in the sessions collection')
  @Mutation(() => Boolean, { description: 'End the session of this browser.' })
  async logout(@HttpExchange() { req, res }: HttpExchange): Promise<boolean> {
    const token = sessionTokenFrom(req);
    if (token) await this.sessions.end(token);
    clearSessionCookie(res, this.config.SESSION_COOKIE_SECURE);
    return true;
  }

  @Allow('ADMIN', 'STAFF', 'PROVIDER', 'POLICY')
  @AuditExempt("the caller's own account")
  @Query(() => UserModel, { description: 'The logged-in user.' })
  async me(@CurrentActor() actor: Actor): Promise<UserModel> {
    if (actor.kind === 'RESIDENT') throw new UnauthenticatedError();
    const user = await this.users.findById(actor.userId);
    if (!user) throw new UnauthenticatedError('Uw account bestaat niet meer.');
    return toUserModel(user);
  }
}
