import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { actorOf, UnauthenticatedError, type User } from '@wmo/domain';
import { UserRepository } from '@wmo/persistence';
import { AccessTokenService } from './access-token.service';
import { LoginThrottle } from './login-throttle';
import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from './password-hasher';

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UserRepository,
    private readonly tokens: AccessTokenService,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(email: string, password: string) {
    await this.throttle.assertAllowed(email);
    const found = await this.users.findByEmailWithPasswordHash(email);
    // Verify against a placeholder for unknown emails: same work, so timing reveals nothing.
    const valid = await verifyPassword(password, found?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!found || !valid || found.user.role === 'RESIDENT') {
      await this.throttle.failed(email);
      throw new UnauthenticatedError('Het e-mailadres of wachtwoord klopt niet.');
    }
    await this.throttle.succeeded(email);
    return { ...this.tokens.issue(actorOf(found.user)), user: found.user };
  }

  /** Creates the first administrator from the environment, once; later starts leave it alone. */
  async onApplicationBootstrap(): Promise<void> {
    const email = this.config.BOOTSTRAP_ADMIN_EMAIL;
    const password = this.config.BOOTSTRAP_ADMIN_PASSWORD;
    if (!email || !password) return;
    const created: User | null = await this.users.create({
      email,
      passwordHash: await hashPassword(password),
      role: 'ADMIN',
      municipalityCodes: [],
      providerId: null,
    });
    if (created) this.logger.log(`bootstrap administrator created (user ${created.id})`);
  }
}
