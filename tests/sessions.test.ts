import { eventually } from './support/eventually';
import { createUser, loginAsAdmin, PASSWORD } from './support/scenario';
import { testEnv } from './support/test-env';

/** A GraphQL call that sends and receives cookies, as the web app does. */
async function call(query: string, variables: Record<string, unknown>, cookie?: string) {
  const response = await fetch(`${testEnv().apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, { accessToken?: string; user?: { email: string } }> | null;
    errors?: { extensions?: { code?: string } }[];
  };
  return { body, setCookie: response.headers.getSetCookie() };
}

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken user { email displayName } } }`;
const REFRESH = `mutation { refreshSession { accessToken user { email } } }`;
const LOGOUT = `mutation { logout }`;

function sessionCookie(setCookie: string[]): string {
  const header = setCookie.find((c) => c.startsWith('wmo_session='));
  if (!header) throw new Error(`no session cookie in ${JSON.stringify(setCookie)}`);
  return header.split(';')[0] as string;
}

async function loggedInStaff(): Promise<{ email: string; cookie: string; header: string }> {
  const admin = await loginAsAdmin();
  const { email } = await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] });
  const { setCookie } = await call(LOGIN, { email, password: PASSWORD });
  const header = setCookie.find((c) => c.startsWith('wmo_session=')) ?? '';
  return { email, cookie: sessionCookie(setCookie), header };
}

describe('browser sessions', () => {
  it('puts the refresh token in an httpOnly, Secure, SameSite=Strict cookie for /graphql only', async () => {
    const { header } = await loggedInStaff();
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/Secure/i);
    expect(header).toMatch(/SameSite=Strict/i);
    expect(header).toMatch(/Path=\/graphql/i);
    expect(header).toMatch(/Max-Age=\d+/i);
  });

  it('gives a new access token for the cookie, and rotates the cookie', async () => {
    const { email, cookie } = await loggedInStaff();
    const first = await call(REFRESH, {}, cookie);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.refreshSession?.user?.email).toBe(email);
    const rotated = sessionCookie(first.setCookie);
    expect(rotated).not.toBe(cookie);
    const second = await call(REFRESH, {}, rotated);
    expect(second.body.data?.refreshSession?.accessToken).toEqual(expect.any(String));
  });

  it('ends the whole session when a spent refresh token comes back after the grace period', async () => {
    const { cookie } = await loggedInStaff();
    const rotated = sessionCookie((await call(REFRESH, {}, cookie)).setCookie);
    // Within the grace period (2 s in tests) the old cookie still works (a second tab);
    // after it, the old cookie is refused and the session is over.
    await eventually(
      () => call(REFRESH, {}, cookie),
      (r) => r.body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED',
      { timeoutMs: 10_000, intervalMs: 500, what: 'the reused cookie to be refused' },
    );
    const afterTheft = await call(REFRESH, {}, rotated);
    expect(afterTheft.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(afterTheft.setCookie.join(';')).toMatch(/wmo_session=;/);
  });

  it('stops the session at logout', async () => {
    const { cookie } = await loggedInStaff();
    const out = await call(LOGOUT, {}, cookie);
    expect(out.body.data?.logout).toBe(true);
    const refused = await call(REFRESH, {}, cookie);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a refresh without a cookie or with a made-up one', async () => {
    expect((await call(REFRESH, {})).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const fake = `wmo_session=ses_${'A'.repeat(43)}`;
    expect((await call(REFRESH, {}, fake)).body.errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
