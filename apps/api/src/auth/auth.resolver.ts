import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { actorOf } from '@wmo/domain';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { Public } from './allow.decorator';
import { AuthPayload, toUserModel } from './auth.types';
import { AuthService } from './auth.service';
import { HttpExchange } from './http-exchange.decorator';
import { AccessTokenService } from './access-token.service';
import { LoginArgs } from './login.args';
import { setSessionCookie } from './session-cookie';
import { SessionService } from './session.service';
import { AuditExempt } from '../audit/audited.decorator';

@Resolver()
export class AuthResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly tokens: AccessTokenService,
  ) {}

  /** Also starts a browser session: its refresh token goes into an httpOnly cookie. */
  @Public()
  @AuditExempt('sessions are recorded in the sessions collection; failures are throttled')
  @Mutation(() => AuthPayload, { description: 'Log in as staff, provider or administrator.' })
  async login(
    @Args() { email, password }: LoginArgs,
    @HttpExchange() { res }: HttpExchange,
  ): Promise<AuthPayload> {
    const result = await this.auth.login(email, password);
    const refresh = await this.sessions.start(result.user);
    setSessionCookie(res, refresh.token, refresh.expiresAt, this.config.SESSION_COOKIE_SECURE);
    // The access token names its session, so the audit log can tell sessions apart.
    const access = this.tokens.issue(actorOf(result.user), refresh.sessionId);
    return { ...result, ...access, user: toUserModel(result.user) };
  }
}
