import { Test } from '@nestjs/testing';
import { APP_CONFIG, loadConfig } from '@wmo/config';
import { UnauthenticatedError, type Session, type User } from '@wmo/domain';
import { SessionRepository, UserRepository } from '@wmo/persistence';
import { AccessTokenService } from './access-token.service';
import { hashSessionToken } from './session-cookie';
import { SessionService } from './session.service';

const config = loadConfig({
  MONGODB_URI: 'mongodb://127.0.0.1:27017',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
  SESSION_REUSE_GRACE_SECONDS: '30',
});

const STAFF: User = {
  id: 'user-1',
  email: 'medewerker@example.org',
  name: null,
  role: 'STAFF',
  municipalityCodes: ['GM0402'],
  providerId: null,
};

function aSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 'session-1',
    userId: STAFF.id,
    createdAt: new Date(Date.now() - 60_000),
    expiresAt: new Date(Date.now() + 3_600_000),
    endedAt: null,
    ...overrides,
  };
}

/** SessionService with its repositories and token issuer mocked, in a Nest testing module. */
async function newSessionService(session: Session, firstSpentAt: Date | null) {
  const sessions = {
    findToken: jest.fn(async (tokenHash: string) => ({
      tokenHash,
      sessionId: session.id,
      expiresAt: new Date(Date.now() + 600_000),
    })),
    findById: jest.fn().mockResolvedValue(session),
    spend: jest.fn().mockResolvedValue(firstSpentAt),
    end: jest.fn().mockResolvedValue(undefined),
    addToken: jest.fn().mockResolvedValue(undefined),
  };
  const tokens = {
    issue: jest.fn(() => ({ accessToken: 'access', expiresAt: new Date(Date.now() + 900_000) })),
  };
  const module = await Test.createTestingModule({
    providers: [
      SessionService,
      { provide: APP_CONFIG, useValue: config },
      { provide: SessionRepository, useValue: sessions },
      { provide: UserRepository, useValue: { findById: jest.fn().mockResolvedValue(STAFF) } },
      { provide: AccessTokenService, useValue: tokens },
    ],
  }).compile();
  return { service: module.get(SessionService), sessions, tokens };
}

describe('SessionService.refresh', () => {
  it('rotates a refresh token used for the first time', async () => {
    const { service, sessions } = await newSessionService(aSession(), null);
    const refreshed = await service.refresh('old-token');
    expect(refreshed.accessToken).toBe('access');
    expect(refreshed.refresh.token).not.toBe('old-token');
    expect(sessions.spend).toHaveBeenCalledWith(hashSessionToken('old-token'), expect.any(Date));
    expect(sessions.addToken).toHaveBeenCalledTimes(1);
    expect(sessions.end).not.toHaveBeenCalled();
  });

  it('lets a second tab refresh with the same token within the grace period', async () => {
    const { service, sessions } = await newSessionService(aSession(), new Date(Date.now() - 5_000));
    await expect(service.refresh('old-token')).resolves.toMatchObject({ accessToken: 'access' });
    expect(sessions.end).not.toHaveBeenCalled();
  });

  it('ends the whole session when a spent token comes back after the grace period', async () => {
    const { service, sessions, tokens } = await newSessionService(
      aSession(),
      new Date(Date.now() - 60_000),
    );
    await expect(service.refresh('stolen-token')).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(sessions.end).toHaveBeenCalledWith('session-1', expect.any(Date));
    expect(tokens.issue).not.toHaveBeenCalled();
  });

  it('refuses a token of a session that has ended', async () => {
    const { service, sessions } = await newSessionService(
      aSession({ endedAt: new Date(Date.now() - 1_000) }),
      null,
    );
    await expect(service.refresh('old-token')).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(sessions.spend).not.toHaveBeenCalled();
  });
});
