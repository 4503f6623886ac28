// The file itself: the package index pulls in Nest, which jest cannot load.
import { QueueName } from '../libs/queue/src/queue-names';
import { createUser, loginAsAdmin } from './support/scenario';
import { testEnv } from './support/test-env';

const BOARD = '/admin/queues';

interface BoardQueues {
  queues: { name: string }[];
}

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${testEnv().apiUrl}${path}`, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function openBoardSession(token?: string) {
  const response = await fetch(`${testEnv().apiUrl}/admin/queue-board-session`, {
    method: 'POST',
    headers: token ? bearer(token) : {},
  });
  return { status: response.status, cookie: response.headers.get('set-cookie') ?? '' };
}

describe('queue dashboard (bull-board) at /admin/queues', () => {
  let admin: string;
  let staff: string;

  beforeAll(async () => {
    admin = await loginAsAdmin();
    staff = (await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] })).token;
  });

  it('refuses anonymous callers with 401, on the page and on its JSON API', async () => {
    for (const path of [BOARD, `${BOARD}/api/queues`]) {
      const answer = await get(path, { accept: 'text/html' });
      expect(answer.status).toBe(401);
      expect(answer.text).not.toMatch(/matching/);
    }
    expect((await get(`${BOARD}/api/queues`, bearer('not-a-token'))).status).toBe(401);
  });

  it('refuses staff with 403', async () => {
    const answer = await get(`${BOARD}/api/queues`, bearer(staff));
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.text)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await openBoardSession(staff)).status).toBe(403);
  });

  it('shows an admin every queue of the platform', async () => {
    const answer = await get(`${BOARD}/api/queues`, bearer(admin));
    expect(answer.status).toBe(200);
    const names = (JSON.parse(answer.text) as BoardQueues).queues.map((queue) => queue.name);
    expect(names.sort()).toEqual(Object.values(QueueName).sort());
  });

  it('opens in the browser through a cookie the admin gets from the web app', async () => {
    expect((await openBoardSession()).status).toBe(401);
    const session = await openBoardSession(admin);
    expect(session.status).toBe(204);
    expect(session.cookie).toMatch(/^wmo_queue_board=/);
    expect(session.cookie).toMatch(/Path=\/admin\/queues/);
    expect(session.cookie).toMatch(/HttpOnly/);
    expect(session.cookie).toMatch(/SameSite=Strict/);
    const cookie = session.cookie.split(';')[0] ?? '';

    const page = await get(BOARD, { cookie, accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<title>Wachtrijen<\/title>/);
    // Its own scripts load with the same cookie; its inline styles are allowed only here.
    const script = /src="(static\/js\/main\.[^"]+\.js)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    expect((await get(`${BOARD}/${script}`, { cookie })).status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    const elsewhere = (await get('/health')).headers.get('content-security-policy') ?? '';
    expect(elsewhere).toMatch(/style-src 'self'(;|$)/);

    const api = await get(`${BOARD}/api/queues`, { cookie });
    expect(api.status).toBe(200);
    expect((await get(`${BOARD}/api/queues`, { cookie: 'wmo_queue_board=forged' })).status).toBe(
      401,
    );
  });
});
