import { Test } from '@nestjs/testing';
import { APP_CONFIG, loadConfig } from '@wmo/config';
import { UnauthenticatedError, type User } from '@wmo/domain';
import { UserRepository } from '@wmo/persistence';
import { AccessTokenService } from './access-token.service';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { hashPassword } from './password-hasher';

const PASSWORD = 'juist-wachtwoord-42';

const config = loadConfig({
  MONGODB_URI: 'mongodb://127.0.0.1:27017',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
});

function aUser(overrides: Partial<User> = {}): User {
  return {
    id: 'user-1',
    email: 'medewerker@example.org',
    name: null,
    role: 'STAFF',
    municipalityCodes: ['GM0402'],
    providerId: null,
    ...overrides,
  };
}

/** AuthService with the user repository, token issuer and throttle mocked. */
async function newAuthService(user: User | null) {
  const passwordHash = await hashPassword(PASSWORD);
  const throttle = {
    assertAllowed: jest.fn().mockResolvedValue(undefined),
    failed: jest.fn().mockResolvedValue(undefined),
    succeeded: jest.fn().mockResolvedValue(undefined),
  };
  const tokens = {
    issue: jest.fn(() => ({ accessToken: 'access', expiresAt: new Date(Date.now() + 900_000) })),
  };
  const users = {
    findByEmailWithPasswordHash: jest.fn().mockResolvedValue(user ? { user, passwordHash } : null),
  };
  const module = await Test.createTestingModule({
    providers: [
      AuthService,
      { provide: APP_CONFIG, useValue: config },
      { provide: UserRepository, useValue: users },
      { provide: AccessTokenService, useValue: tokens },
      { provide: LoginThrottle, useValue: throttle },
    ],
  }).compile();
  return { service: module.get(AuthService), throttle, tokens };
}

describe('AuthService.login', () => {
  it('issues an access token for the right password and clears the failure count', async () => {
    const { service, throttle, tokens } = await newAuthService(aUser());
    await expect(service.login('medewerker@example.org', PASSWORD)).resolves.toMatchObject({
      accessToken: 'access',
      user: { id: 'user-1' },
    });
    expect(tokens.issue).toHaveBeenCalledWith(expect.objectContaining({ kind: 'STAFF' }));
    expect(throttle.succeeded).toHaveBeenCalledTimes(1);
    expect(throttle.failed).not.toHaveBeenCalled();
  });

  it('refuses a wrong password and counts the failure', async () => {
    const { service, throttle, tokens } = await newAuthService(aUser());
    await expect(
      service.login('medewerker@example.org', 'fout-wachtwoord-1'),
    ).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(throttle.failed).toHaveBeenCalledWith('medewerker@example.org');
    expect(tokens.issue).not.toHaveBeenCalled();
  });

  it('answers an unknown address exactly like a wrong password', async () => {
    const { service, throttle } = await newAuthService(null);
    await expect(service.login('niemand@example.org', PASSWORD)).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    expect(throttle.failed).toHaveBeenCalledWith('niemand@example.org');
  });

  it('never lets a resident account log in with a password', async () => {
    const { service, tokens } = await newAuthService(aUser({ role: 'RESIDENT' }));
    await expect(service.login('medewerker@example.org', PASSWORD)).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    expect(tokens.issue).not.toHaveBeenCalled();
  });
});
