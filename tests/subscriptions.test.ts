import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import { createHmac } from 'node:crypto';
import WebSocket from 'ws';
import { eventually } from './support/eventually';
import { startExtraApi, type ExtraApi } from './support/extra-api';
import { testEnv } from './support/test-env';
import { createResidentLink, revokeResidentLinks } from './support/resident-links';
import {
  aPrivateLanguages,
  anOfferingInput,
  createOffering,
  createProvider,
  createRequest,
  createUser,
  loginAsAdmin,
  offeringIds,
  shortlistOf,
  updateCapacity,
} from './support/scenario';

interface PushedShortlist {
  requestId: string;
  revision: number;
  options: { score: number | null; freePlaces: number; offering: { id: string } | null }[];
}

const SHORTLIST_UPDATED = `subscription($id: ID!) {
  shortlistUpdated(requestId: $id) {
    requestId revision options { score freePlaces offering { id } }
  }
}`;
/** One subscription on one api instance, recording everything the server sends. */
class Subscriber {
  readonly results: FormattedExecutionResult<{ shortlistUpdated: PushedShortlist }, unknown>[] = [];
  readonly failures: unknown[] = [];
  private readonly client: Client;

  constructor(apiUrl: string, token: string, requestId: string, query = SHORTLIST_UPDATED) {
    this.client = createClient({
      url: `${apiUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    this.client.subscribe<{ shortlistUpdated: PushedShortlist }>(
      { query, variables: { id: requestId } },
      {
        next: (result) => this.results.push(result),
        error: (error) => this.failures.push(error),
        complete: () => undefined,
      },
    );
  }

  shortlists(): PushedShortlist[] {
    return this.results.flatMap((result) =>
      result.data?.shortlistUpdated ? [result.data.shortlistUpdated] : [],
    );
  }

  /** Waits until a pushed shortlist satisfies `done`. */
  receives(done: (shortlist: PushedShortlist) => boolean, what: string): Promise<PushedShortlist> {
    return eventually(
      async () => this.shortlists().find(done),
      (found) => found !== undefined,
      { what, timeoutMs: 20_000 },
    ) as Promise<PushedShortlist>;
  }

  errorCodes(): unknown[] {
    return this.results.flatMap((result) => result.errors?.map((e) => e.extensions?.code) ?? []);
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

let second: ExtraApi;
const subscribers: Subscriber[] = [];
const subscribe = (apiUrl: string, token: string, requestId: string, query?: string) => {
  const subscriber = new Subscriber(apiUrl, token, requestId, query);
  subscribers.push(subscriber);
  return subscriber;
};

let admin: string;
let staff: string;

beforeAll(async () => {
  second = await startExtraApi();
  admin = await loginAsAdmin();
  staff = (await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] })).token;
});

afterAll(async () => {
  await Promise.all(subscribers.map((subscriber) => subscriber.close()));
  await second?.stop();
});

/**
 * A fresh request whose shortlist holds a fresh offering, and a way to change that offering's
 * capacity through the first api instance, as the provider that owns it.
 */
async function aMatchedRequest() {
  const languages = aPrivateLanguages();
  const provider = await createProvider(staff, { languages: ['nl', ...languages] });
  const owner = (await createUser(admin, { role: 'PROVIDER', providerId: provider.id })).token;
  const offeringId = (await createOffering(staff, anOfferingInput(provider.id))).id;
  const requestId = (await createRequest(staff, { requiredLanguages: languages })).id;
  await eventually(
    () => shortlistOf(staff, requestId),
    (shortlist) => offeringIds(shortlist).includes(offeringId),
    { what: 'the offering in the first shortlist' },
  );
  const setFreePlaces = (freePlaces: number) => updateCapacity(owner, offeringId, freePlaces);
  const offers = (shortlist: PushedShortlist) =>
    shortlist.options.some((option) => option.offering?.id === offeringId);
  return { requestId, setFreePlaces, offers };
}

describe('shortlistUpdated over graphql-ws, across api instances', () => {
  it('pushes a newer revision to a consultant on the second api after a change on the first', async () => {
    const { requestId, setFreePlaces, offers } = await aMatchedRequest();
    const consultant = subscribe(second.url, staff, requestId);
    const current = await consultant.receives(offers, 'the current shortlist');
    expect(current.requestId).toBe(requestId);
    expect(current.options[0]?.score).toEqual(expect.any(Number));

    await setFreePlaces(0);
    await consultant.receives(
      (s) => s.revision > current.revision && !offers(s),
      'a newer revision without the full offering',
    );
  });

  it('pushes updates to the resident holding the link, without scores, until it is revoked', async () => {
    const { requestId, setFreePlaces, offers } = await aMatchedRequest();
    const { token } = await createResidentLink(staff, requestId);
    const resident = subscribe(second.url, token, requestId);
    const current = await resident.receives(offers, 'the current shortlist for the resident');
    expect(current.options.length).toBeGreaterThan(0);
    expect(current.options.every((option) => option.score === null)).toBe(true);

    await setFreePlaces(0);
    const emptied = await resident.receives(
      (s) => s.revision > current.revision && !offers(s),
      'a newer revision for the resident',
    );

    await revokeResidentLinks(staff, requestId);
    await setFreePlaces(2);
    await eventually(
      async () => resident.failures.length,
      (count) => count > 0,
      { what: 'the subscription ended for the revoked link', timeoutMs: 20_000 },
    );
    expect(resident.failures[0]).toEqual([
      expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }),
    ]);
    expect(resident.shortlists().some((s) => s.revision > emptied.revision)).toBe(false);
  });

  it('refuses a consultant of another municipality and a resident of another request', async () => {
    const elsewhere = (await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0406'] }))
      .token;
    const requestId = (await createRequest(staff)).id;
    const otherRequest = (await createRequest(staff)).id;
    const otherResident = (await createResidentLink(staff, otherRequest)).token;
    for (const token of [elsewhere, otherResident]) {
      const refused = subscribe(second.url, token, requestId);
      await eventually(
        async () => refused.errorCodes(),
        (codes) => codes.length > 0,
        { what: 'the refusal' },
      );
      expect(refused.errorCodes()).toEqual(['FORBIDDEN']);
      expect(refused.shortlists()).toEqual([]);
    }
  });

  it('closes the connection for a token that is not valid', async () => {
    const stranger = subscribe(second.url, 'rl_not-a-real-token', '0123456789abcdef01234567');
    await eventually(
      async () => stranger.failures,
      (failures) => failures.length > 0,
      { what: 'the connection closed' },
    );
    expect((stranger.failures[0] as { code?: number }).code).toBe(4403);
  });

  it('carries subscriptions only: queries and mutations belong on HTTP, where the limits apply', async () => {
    const query = `query($id: ID!) { request(id: $id) { id } }`;
    const overSocket = subscribe(second.url, staff, '0123456789abcdef01234567', query);
    await eventually(
      async () => overSocket.failures,
      (failures) => failures.length > 0,
      { what: 'the query refused' },
    );
    expect(overSocket.failures[0]).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
  });
});

/** An access token signed like the api's, valid for `seconds` more (HS256 over JWT_SECRET). */
function aShortLivedStaffToken(seconds: number): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({
    sub: '000000000000000000000001',
    role: 'STAFF',
    mun: ['GM0402'],
    iat: now,
    exp: now + seconds,
  })}`;
  const secret = testEnv().appEnv.JWT_SECRET ?? '';
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('a socket and its access token', () => {
  it('is closed with a code to reconnect on when the token it was opened with expires', async () => {
    const { requestId } = await aMatchedRequest();
    const closed: { code: number; reason: string }[] = [];
    const client = createClient({
      url: `${testEnv().apiUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${aShortLivedStaffToken(3)}` },
      retryAttempts: 0,
      on: { closed: (event) => closed.push(event as { code: number; reason: string }) },
    });
    const pushed: unknown[] = [];
    client.subscribe(
      { query: SHORTLIST_UPDATED, variables: { id: requestId } },
      { next: (result) => pushed.push(result), error: () => undefined, complete: () => undefined },
    );
    try {
      await eventually(
        async () => pushed.length,
        (count) => count > 0,
        { what: 'the current shortlist on the socket' },
      );
      expect(closed).toEqual([]);
      const [event] = await eventually(
        async () => closed,
        (events) => events.length > 0,
        { what: 'the socket closed at expiry', timeoutMs: 10_000 },
      );
      expect(event).toMatchObject({ code: 4403, reason: 'Toegang verlopen: verbind opnieuw' });
    } finally {
      await client.dispose();
    }
  });
});
