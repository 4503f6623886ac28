import { APP_CONFIG, loadConfig } from '@wmo/config';
import { Test } from '@nestjs/testing';
import { UnauthenticatedError } from '@wmo/domain';
import { ResidentLinkAuthenticator } from '../residents/resident-link-authenticator';
import { AccessTokenService } from './access-token.service';

const TTL_SECONDS = 900;
const config = loadConfig({
  MONGODB_URI: 'mongodb://127.0.0.1:27017',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'y'.repeat(32),
  ACCESS_TOKEN_TTL_SECONDS: String(TTL_SECONDS),
});

async function newTokens(): Promise<AccessTokenService> {
  const module = await Test.createTestingModule({
    providers: [
      AccessTokenService,
      { provide: APP_CONFIG, useValue: config },
      { provide: ResidentLinkAuthenticator, useValue: {} },
    ],
  }).compile();
  return module.get(AccessTokenService);
}

const STAFF = { kind: 'STAFF', userId: 'user-1', municipalityCodes: ['GM0402'] } as const;

describe('AccessTokenService.verify', () => {
  const start = new Date('2026-12-03T10:00:00.000Z');

  beforeEach(() => jest.useFakeTimers({ now: start, doNotFake: ['nextTick', 'setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('knows a token it verified before until the second it expires, then refuses it', async () => {
    const tokens = await newTokens();
    const { accessToken } = tokens.issue({ ...STAFF, municipalityCodes: ['GM0402'] }, 'sess-1');
    expect(tokens.verify(accessToken)).toEqual(STAFF);
    expect(tokens.verify(accessToken)).toEqual(STAFF);
    expect(tokens.sessionIdOf(accessToken)).toBe('sess-1');

    jest.setSystemTime(start.getTime() + TTL_SECONDS * 1000 - 1);
    expect(tokens.verify(accessToken)).toEqual(STAFF);
    jest.setSystemTime(start.getTime() + TTL_SECONDS * 1000);
    expect(() => tokens.verify(accessToken)).toThrow(UnauthenticatedError);
    expect(tokens.userOf(accessToken)).toBeUndefined();
  });

  it('hands out an actor no caller can change for the next request', async () => {
    const tokens = await newTokens();
    const { accessToken } = tokens.issue({ ...STAFF, municipalityCodes: ['GM0402'] });
    const actor = tokens.verify(accessToken);
    expect(Object.isFrozen(actor)).toBe(true);
    expect('municipalityCodes' in actor && Object.isFrozen(actor.municipalityCodes)).toBe(true);
  });

  it('refuses a token with a changed signature, also after the real one was verified', async () => {
    const tokens = await newTokens();
    const { accessToken } = tokens.issue({ ...STAFF, municipalityCodes: ['GM0402'] });
    tokens.verify(accessToken);
    const [header, payload] = accessToken.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    expect(() => tokens.verify(forged)).toThrow(UnauthenticatedError);
  });
});
