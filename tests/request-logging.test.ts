import { startExtraApi, type ExtraApi } from './support/extra-api';
import { testEnv } from './support/test-env';

interface LogLine {
  level: number;
  app?: string;
  msg?: string;
  requestId?: string;
  code?: string;
}

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken }
}`;

/**
 * Request logging (pino-http, one line per request): the lines about a request carry its id (the
 * caller's when well-formed), the id comes back in the header and in GraphQL errors, and no password,
 * token or client field ever reaches a log line, even at trace level.
 */
describe('request logging', () => {
  let api: ExtraApi;

  beforeAll(async () => {
    api = await startExtraApi({ LOG_LEVEL: 'trace' });
  });
  afterAll(() => api.stop());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const lines = () =>
    api
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LogLine);

  it("puts the caller's request id on every line of its request, the header and the error", async () => {
    const requestId = 'support-case-20261202-a';
    const response = await post(
      {
        query: LOGIN,
        variables: { email: 'niemand@example.org', password: 'geheim-wachtwoord-9' },
      },
      { 'x-request-id': requestId },
    );
    expect(response.headers.get('x-request-id')).toBe(requestId);
    const body = (await response.json()) as {
      errors: { extensions: { code: string; requestId: string } }[];
    };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId });
    const own = await waitForLines((line) => line.requestId === requestId);
    // The client error logged inside the resolver, and the request's own completion line.
    expect(own.some((line) => line.code === 'UNAUTHENTICATED')).toBe(true);
    // One request log middleware: exactly one completion line.
    await waitForLines((line) => line.requestId === requestId && line.msg === 'request completed');
    const completed = lines().filter(
      (line) => line.requestId === requestId && line.msg === 'request completed',
    );
    expect(completed).toHaveLength(1);
    expect(api.output()).not.toContain('geheim-wachtwoord-9');
    expect(api.output()).not.toContain('niemand@example.org');
  });

  it('replaces a malformed request id with a fresh one', async () => {
    const response = await post({ query: '{ __typename }' }, { 'x-request-id': 'a b"<script>' });
    const given = response.headers.get('x-request-id') ?? '';
    expect(given).toMatch(/^[0-9a-f-]{36}$/);
    await waitForLines((line) => line.requestId === given);
  });

  it('never logs a password or token of a successful login', async () => {
    const { BOOTSTRAP_ADMIN_EMAIL: email, BOOTSTRAP_ADMIN_PASSWORD: password } = testEnv().appEnv;
    const response = await post({ query: LOGIN, variables: { email, password } });
    const body = (await response.json()) as { data: { login: { accessToken: string } } };
    const token = body.data.login.accessToken;
    expect(token).toBeTruthy();
    const id = response.headers.get('x-request-id') ?? '';
    await waitForLines((line) => line.requestId === id);
    expect(api.output()).not.toContain(password);
    expect(api.output()).not.toContain(token);
  });

  async function waitForLines(match: (line: LogLine) => boolean): Promise<LogLine[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = lines().filter(match);
      if (found.some((line) => line.msg === 'request completed') || Date.now() > deadline) {
        return found;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
});
