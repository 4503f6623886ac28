import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { graphql } from './support/graphql-client';
import { testEnv } from './support/test-env';
import { startExtraApi, type ExtraApi } from './support/extra-api';
import { createResidentLink } from './support/resident-links';
import { createRequest, createUser, loginAsAdmin } from './support/scenario';

const PRODUCTS = `{ products { code } }`;
const MY_REQUEST = `{ myRequest { reference } }`;

/**
 * Rate limits on /graphql: per signed-in user, per resident link and per anonymous client,
 * counted in Redis. This api has small limits and counters of its own (its own key prefix).
 */
describe('rate limits', () => {
  let api: ExtraApi;
  let admin: string;
  let staff: string;

  const prefix = `{rate-${randomBytes(4).toString('hex')}}`;

  beforeAll(async () => {
    api = await startExtraApi({
      QUEUE_PREFIX: prefix,
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '5',
      RATE_LIMIT_RESIDENT_PER_MINUTE: '4',
      RATE_LIMIT_USER_PER_MINUTE: '6',
    });
    admin = await loginAsAdmin();
    staff = (await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] })).token;
  });
  afterAll(() => api.stop());

  const codes = async (count: number, query: string, token?: string) => {
    const answers = [];
    for (let i = 0; i < count; i++) answers.push(await graphql(query, {}, token, api.url));
    return answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? 'OK');
  };

  it('limits each resident link on its own, with a message that says how long to wait', async () => {
    const [first, second] = await Promise.all([createRequest(staff), createRequest(staff)]);
    const link = await createResidentLink(staff, first!.id);
    const other = await createResidentLink(staff, second!.id);

    expect(await codes(5, MY_REQUEST, link.token)).toEqual([
      'OK',
      'OK',
      'OK',
      'OK',
      'TOO_MANY_ATTEMPTS',
    ]);
    const refused = await graphql(MY_REQUEST, {}, link.token, api.url);
    expect(refused.errors?.[0]?.message).toMatch(
      /^Te veel verzoeken in korte tijd\. Wacht \d+ seconden/,
    );
    expect(await codes(1, MY_REQUEST, other.token)).toEqual(['OK']);
  });

  it('limits anonymous calls per client, and signed-in users apart from them', async () => {
    expect(await codes(6, PRODUCTS)).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'TOO_MANY_ATTEMPTS']);
    const user = await codes(7, PRODUCTS, admin);
    expect(user).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'TOO_MANY_ATTEMPTS']);
    expect(await codes(1, PRODUCTS, staff)).toEqual(['OK']);
  });

  it('keeps the counts in Redis, where every api instance shares them', async () => {
    const redis = new Redis(testEnv().appEnv.REDIS_URL ?? '');
    try {
      expect((await redis.keys(`${prefix}:throttle:graphql:*`)).length).toBeGreaterThan(3);
    } finally {
      redis.disconnect();
    }
  });
});
