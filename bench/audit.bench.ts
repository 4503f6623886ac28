import { loadavg } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import {
  findFreePort,
  findRepoRoot,
  startNodeProcess,
  type ManagedProcess,
} from '@wmo/dev-services';
import { numberFlag, parseFlags } from './cli';
import { startStack, type ChurnStack } from './churn/stack';
import { median, percentile, printTable } from './stats';

/**
 * What the audit log costs a read. Two api processes on the same database, Redis and worker:
 * one writes the audit log as built (AUDIT_SINK=database), the other has the sink replaced by a
 * no-op (AUDIT_SINK=none). Both answer the same `request(id) { shortlist { … } }` reads from
 * the same number of concurrent clients, in alternating rounds (so drift in the machine's load
 * hits both alike); the ratio of their throughputs is the audit's cost. The audit collection is
 * filled first, since FerretDB's inserts slow down as a collection grows.
 *
 *   npm run bench:audit -- [--requests 200] [--audit-entries 50000] [--rounds 6]
 *                          [--seconds 5] [--clients 8]
 */
const READ = `query($id: ID!) {
  request(id: $id) {
    id reference status
    shortlist { revision options { rank score freePlaces waitingWeeks offering { id productCode provider { name } } } }
  }
}`;

interface Side {
  readonly name: string;
  readonly url: string;
  readonly throughputs: number[];
  readonly latencies: number[];
  reads: number;
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), [
    'requests',
    'audit-entries',
    'rounds',
    'seconds',
    'clients',
  ]);
  const requestCount = numberFlag(flags, 'requests') ?? 200;
  const auditEntries = numberFlag(flags, 'audit-entries') ?? 50_000;
  const rounds = numberFlag(flags, 'rounds') ?? 6;
  const seconds = numberFlag(flags, 'seconds') ?? 5;
  const clients = numberFlag(flags, 'clients') ?? 8;
  say(`load average at start: ${load()}`);
  say('engine: FerretDB v1.24.2 (SQLite handler), embedded; Redis local');

  // The bench reads as one staff user far above the per-user rate limit: lift it for both apis.
  process.env.RATE_LIMIT_USER_PER_MINUTE = String(1_000_000_000);
  const stack = await startStack('warn');
  let baseline: ManagedProcess | undefined;
  try {
    await stack.startApps();
    const port = await findFreePort();
    baseline = await startNodeProcess({
      name: 'api-no-audit',
      script: join(findRepoRoot(__dirname), 'dist/apps/api/src/main.js'),
      env: { ...stack.env, PORT: String(port), AUDIT_SINK: 'none' },
      ready: { url: `http://127.0.0.1:${port}/health` },
      timeoutMs: 120_000,
    });
    const token = await staffToken(stack);
    const ids = await seedRequests(stack, token, requestCount);
    const filled = await fillAuditLog(stack, auditEntries);
    say(`seeded ${ids.length} requests with shortlists; audit log holds ${filled} entries`);

    const audited: Side = side('audited (as built)', stack.apiUrl);
    const noop: Side = side('audit sink no-op (baseline)', `http://127.0.0.1:${port}`);
    // Warm both up (connections, JIT, caches) before measuring.
    for (const s of [audited, noop]) await readFor(s, ids, token, clients, 1_000, false);
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? [audited, noop] : [noop, audited];
      for (const s of order) await readFor(s, ids, token, clients, seconds * 1000, true);
      say(`round ${round + 1}/${rounds} done, load average ${load()}`);
    }
    const stored = await auditCount(stack);
    const ratio = median(audited.throughputs) / median(noop.throughputs);
    printTable([
      ['', 'reads/s (median of rounds)', 'p50 latency', 'p95 latency', 'reads'],
      row(noop),
      row(audited),
    ]);
    say(`\nthroughput ratio audited / no-op: ${ratio.toFixed(3)}`);
    say(
      `audit entries stored by the audited api during the run: ${stored - filled} ` +
        `(reads it answered: ${audited.reads})`,
    );
  } finally {
    await baseline?.stop();
    await stack.stop();
  }
  say(`load average at end: ${load()}`);
}

function side(name: string, url: string): Side {
  return { name, url, throughputs: [], latencies: [], reads: 0 };
}

function row(s: Side): string[] {
  return [
    s.name,
    median(s.throughputs).toFixed(0),
    `${percentile(s.latencies, 50).toFixed(1)} ms`,
    `${percentile(s.latencies, 95).toFixed(1)} ms`,
    String(s.reads),
  ];
}

/** `clients` loops reading random requests for `ms`; records reads/s and latencies. */
async function readFor(
  s: Side,
  ids: readonly string[],
  token: string,
  clients: number,
  ms: number,
  record: boolean,
): Promise<void> {
  const end = Date.now() + ms;
  let reads = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < end) {
        const id = ids[Math.floor(Math.random() * ids.length)]!;
        const t0 = process.hrtime.bigint();
        const data = await gql<{ request: { id: string } | null }>(s.url, READ, { id }, token);
        if (data.request?.id !== id) throw new Error(`${s.name}: request ${id} not answered`);
        if (record) s.latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        reads += 1;
      }
    }),
  );
  if (!record) return;
  s.throughputs.push((reads * 1000) / (Date.now() - started));
  s.reads += reads;
}

async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function staffToken(stack: ChurnStack): Promise<string> {
  const login = (email: string, password: string) =>
    gql<{ login: { accessToken: string } }>(
      stack.apiUrl,
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
      { e: email, p: password },
    ).then((data) => data.login.accessToken);
  const admin = await login(stack.admin.email, stack.admin.password);
  const email = 'consulent@bench.local';
  const password = 'bench-wachtwoord-123';
  await gql(
    stack.apiUrl,
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { role: 'STAFF', municipalityCodes: ['GM0402'], email, password, name: 'Bench' } },
    admin,
  );
  return login(email, password);
}

/** Offerings and requests in Hilversum, through the api; waits until every shortlist exists. */
async function seedRequests(stack: ChurnStack, token: string, count: number): Promise<string[]> {
  const provider = await gql<{ createProvider: { id: string } }>(
    stack.apiUrl,
    `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }`,
    { input: { name: 'Bench Zorg', strategicPartner: false, languages: ['nl'] } },
    token,
  );
  for (let i = 0; i < 10; i += 1) {
    await gql(
      stack.apiUrl,
      `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
      {
        input: {
          providerId: provider.createProvider.id,
          productCode: 'BEG_REGULIER',
          specialisms: ['GGZ'],
          postcode: '1211AB',
          municipalitiesServed: ['GM0402'],
          maxTravelKm: 20,
          totalPlaces: 10,
          freePlaces: 1 + (i % 5),
          waitingWeeks: i % 4,
          financing: ['ZIN'],
        },
      },
      token,
    );
  }
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const data = await gql<{ createRequest: { id: string } }>(
      stack.apiUrl,
      `mutation($input: CreateRequestInput!) { createRequest(input: $input) { id } }`,
      {
        input: {
          municipalityCode: 'GM0402',
          postcode: '1211',
          productCode: 'BEG_REGULIER',
          specialisms: ['GGZ'],
          urgency: 'ROUTINE',
          strategicPartnerMismatch: 'Geen plek bij de strategische partners',
        },
      },
      token,
    );
    ids.push(data.createRequest.id);
  }
  const deadline = Date.now() + 300_000;
  for (const id of ids) {
    for (;;) {
      const data = await gql<{ request: { shortlist: { revision: number } | null } }>(
        stack.apiUrl,
        `query($id: ID!) { request(id: $id) { shortlist { revision } } }`,
        { id },
        token,
      );
      if (data.request.shortlist) break;
      if (Date.now() > deadline) throw new Error(`no shortlist for ${id} after 5 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return ids;
}

/** Entries as the api writes them, so the audited side inserts into a full-size collection. */
async function fillAuditLog(stack: ChurnStack, count: number): Promise<number> {
  const connection = await mongoose
    .createConnection(stack.env.MONGODB_URI ?? '', { dbName: stack.dbName })
    .asPromise();
  try {
    const collection = connection.collection('auditLog');
    const at = new Date();
    for (let done = 0; done < count; done += 1_000) {
      const batch = Array.from({ length: Math.min(1_000, count - done) }, () => ({
        at,
        kind: 'READ',
        operation: 'request',
        role: 'STAFF',
        userId: new mongoose.Types.ObjectId().toHexString(),
        residentLinkId: null,
        sessionId: new mongoose.Types.ObjectId().toHexString(),
        requestId: new mongoose.Types.ObjectId().toHexString(),
        referralId: null,
        subjectId: null,
        fields: ['id', 'reference', 'status', 'shortlist'],
      }));
      await collection.insertMany(batch, { ordered: false });
    }
    return await collection.countDocuments();
  } finally {
    await connection.close();
  }
}

async function auditCount(stack: ChurnStack): Promise<number> {
  const connection = await mongoose
    .createConnection(stack.env.MONGODB_URI ?? '', { dbName: stack.dbName })
    .asPromise();
  try {
    // The last batch is written within 200 ms of the last read.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return await connection.collection('auditLog').countDocuments();
  } finally {
    await connection.close();
  }
}

function load(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exitCode = 1;
});
