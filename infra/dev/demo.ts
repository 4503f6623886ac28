import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { installCleanupHandlers, startNodeProcess, stopAllChildren } from './processes';
import { findRepoRoot, startServices } from './services';

/**
 * `npm run demo`: FerretDB and Redis on free ports (unless MONGODB_URI / REDIS_URL are set),
 * the demo data set, then api and worker. Ctrl-C stops everything and removes the data.
 */
async function main(): Promise<void> {
  const startedAt = Date.now();
  installCleanupHandlers();
  const root = findRepoRoot(__dirname);
  const dist = (path: string) => join(root, 'dist', path);
  const port = process.env.PORT ?? '3000';

  log('starting FerretDB and Redis …');
  const services = await startServices();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    PORT: port,
    MONGODB_URI: services.mongoUri,
    REDIS_URL: services.redisUrl,
    // A fresh secret per demo run: tokens die with the demo.
    JWT_SECRET: process.env.JWT_SECRET ?? randomBytes(32).toString('hex'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };

  log('loading demo data …');
  await runToEnd(dist('apps/api/src/demo/seed-demo.js'), env);

  log('starting api and worker …');
  await Promise.all([
    startNodeProcess({
      name: 'api',
      script: dist('apps/api/src/main.js'),
      env,
      ready: { url: `http://127.0.0.1:${port}/health` },
      timeoutMs: 60_000,
      inheritOutput: true,
    }),
    startNodeProcess({
      name: 'worker',
      script: dist('apps/worker/src/main.js'),
      // Any free port unless WORKER_HTTP_PORT is set: the ready line names the one it took.
      env: { WORKER_HTTP_PORT: '0', ...env },
      ready: { stdoutLine: /worker ready/ },
      timeoutMs: 60_000,
    }),
  ]);

  const apiUrl = `http://127.0.0.1:${port}`;
  const readyAt = Date.now();
  log('waiting for the shortlists of every open request …');
  const pending = await demoPendingReferrals(apiUrl).catch(
    (error: unknown) => `(niet gelukt: ${error instanceof Error ? error.message : String(error)})`,
  );
  const residentUrl = await demoResidentLink(apiUrl).catch(
    (error: unknown) => `(niet gelukt: ${error instanceof Error ? error.message : String(error)})`,
  );
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  process.stdout.write(`
  Wmo-matchingplatform (demo) draait.

    Web-app:  http://localhost:${port}/
    GraphQL:  http://localhost:${port}/graphql
    Health:   http://localhost:${port}/health

  Demo-accounts (wachtwoord: ${DEMO_PASSWORD}):
    consulent@demo.local   Sanne de Vries, consulent toegang, alle 7 gemeenten (STAFF)
    aanbieder@demo.local   Ahmed Yilmaz, aanbieder Vecht & Plassen Begeleiding (PROVIDER)
    admin@demo.local       Bram Beheer, beheerder (ADMIN)
    beleid@demo.local      Lotte Jansen, beleid en contractmanagement, hele regio (POLICY)

  Aanmeldingen die wachten op antwoord: ${pending}
  Klaar om te gebruiken na ${seconds(readyAt - startedAt)}; alle shortlists na ${seconds(Date.now() - startedAt)}.

  Inwoner (persoonlijke link voor de eerste open aanvraag, 14 dagen geldig):
    ${residentUrl}

  Stoppen: Ctrl-C (de demodata wordt dan verwijderd).
`);
}

const DEMO_PASSWORD = 'demo-wachtwoord';

/** A resident link for the demo consultant's first request, made through the public API. */
async function demoResidentLink(apiUrl: string): Promise<string> {
  const call = async <T>(query: string, variables: object, token?: string): Promise<T> => {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (!body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
    return body.data;
  };
  const { login } = await call<{ login: { accessToken: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: 'consulent@demo.local', p: DEMO_PASSWORD },
  );
  const { requests } = await call<{ requests: { edges: { node: { id: string } }[] } }>(
    '{ requests(first: 1, filter: { status: OPEN }) { edges { node { id } } } }',
    {},
    login.accessToken,
  );
  const requestId = requests.edges[0]?.node.id;
  if (!requestId) throw new Error('geen open aanvraag');
  const { createResidentLink } = await call<{ createResidentLink: { url: string } }>(
    'mutation($id: ID!) { createResidentLink(requestId: $id) { url } }',
    { id: requestId },
    login.accessToken,
  );
  return createResidentLink.url;
}

type Call = <T>(query: string, variables: object, token?: string) => Promise<T>;

function caller(apiUrl: string): Call {
  return async <T>(query: string, variables: object, token?: string): Promise<T> => {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (!body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
    return body.data;
  };
}

async function logIn(call: Call, email: string): Promise<string> {
  const { login } = await call<{ login: { accessToken: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: email, p: DEMO_PASSWORD },
  );
  return login.accessToken;
}

/**
 * Pending referrals need real holds, so they go through the API like a consultant's: once the
 * worker has computed every shortlist, the first open requests are referred to their top option.
 */
async function demoPendingReferrals(apiUrl: string, wanted = 6): Promise<number> {
  const call = caller(apiUrl);
  const admin = await logIn(call, 'admin@demo.local');
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const { matchingStatus } = await call<{ matchingStatus: { pending: number } }>(
      '{ matchingStatus { pending } }',
      {},
      admin,
    );
    if (matchingStatus.pending === 0) break;
    if (Date.now() > deadline) throw new Error('shortlists not ready after 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const staff = await logIn(call, 'consulent@demo.local');
  const { requests } = await call<{
    requests: {
      edges: {
        node: { id: string; shortlist: { options: { offering: { id: string } | null }[] } | null };
      }[];
    };
  }>(
    '{ requests(first: 60, filter: { status: OPEN }) { edges { node { id shortlist { options { offering { id } } } } } } }',
    {},
    staff,
  );
  let made = 0;
  // Every third request, so the resident link below still finds an open one first.
  for (const [index, { node }] of requests.edges.entries()) {
    const offeringId = node.shortlist?.options[0]?.offering?.id;
    if (index % 3 !== 2 || !offeringId) continue;
    await call(
      'mutation($r: ID!, $o: ID!) { createReferral(requestId: $r, offeringId: $o) { id } }',
      {
        r: node.id,
        o: offeringId,
      },
      staff,
    );
    if (++made === wanted) break;
  }
  return made;
}

function runToEnd(script: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} exited with code ${code}`)),
    );
  });
}

function log(message: string): void {
  process.stdout.write(`[demo] ${message}\n`);
}

main().catch(async (error: unknown) => {
  process.stderr.write(
    `[demo] failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  await stopAllChildren();
  process.exit(1);
});
