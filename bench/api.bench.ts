import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import mongoose, { type Connection } from 'mongoose';
import {
  findFreePort,
  findRepoRoot,
  startNodeProcess,
  type ManagedProcess,
} from '@wmo/dev-services';
import { ShortlistHeads, type MatchingRedis } from '@wmo/matching';
import { ShortlistRepository } from '@wmo/persistence';
import {
  shortlistSchema,
  SHORTLIST_MODEL,
  type ShortlistDocument,
} from '../libs/persistence/src/shortlists/shortlist.schema';
import { graphqlRequest } from './api/graphql-client';
import { login } from './churn/burst';
import { offeringsByProduct } from './churn/expected';
import { PhaseLog } from './churn/phases';
import { datasetFromFlags, machine } from './churn/run-setup';
import { seedDatabase } from './churn/seed';
import { startStack } from './churn/stack';
import { numberFlag, parseFlags, scaleFlag } from './cli';
import { formatCount, printTable } from './stats';

/**
 * Reads through the real api against a bare Apollo Server 5 serving the same answers from
 * memory, side by side in one run (issue 15, goal 1):
 * - `request(id) { …the staff request page's fields… shortlist { …StaffShortlistFields… } }`
 *   as a STAFF user, cycling over every request id of the data set;
 * - the same query on the bare server (the baseline: what Node and Apollo alone reach);
 * - `{ products { code name } }` on the real api (the framework's cost: auth, guards, no data);
 * - `{ __typename }` (the floor: what any request costs before a resolver runs) on the bare
 *   server, on Nest + Express + Apollo with nothing of ours (`api/minimal-nest-server.ts`) and on
 *   the api; the last two are compared with the bare server's floor;
 * at 10 and 50 connections, then p99 at a fixed 1,000 req/s (autocannon `overallRate`).
 * The api runs alone (no worker) on the churn bench's services and data; the shortlist heads
 * are in Redis as a worker leaves them.
 *
 *   npm run bench:api -- [--scale region] [--duration 10] [--rate 1000] [--connections 10,50]
 *     [--profile DIR] [--api-heap-mb 320]
 *
 * `--profile DIR` runs the api under `node --cpu-prof` and leaves its CPU profile in DIR (written
 * when the api stops at the end; open it in Chrome's DevTools).
 * `--api-heap-mb N` gives the api node's `--max-old-space-size=N`, as infra/k8s deploys it
 * (default 320, the api Deployment's value); 0 leaves node's own limit, under which V8 lets
 * the heap grow to several times what is live before it collects.
 */
const FLAGS = [
  'scale',
  'requests',
  'offerings',
  'seed',
  'duration',
  'rate',
  'connections',
  'profile',
  'api-heap-mb',
];

/** What the staff request page reads of a request and its shortlist (minus other resolvers). */
const REQUEST_QUERY = `query StaffRequest($id: ID!) {
  request(id: $id) {
    id reference status municipalityCode postcode productCode specialisms urgency maxDistanceKm
    languages requiredLanguages financing strategicPartnerMismatch excludeStrategicPartners
    acceptsWaitingList maxWaitingWeeks createdAt
    shortlist {
      requestId revision computedAt cause { kind }
      options {
        rank score providerId providerName distanceKm waitingWeeks freePlaces waitingList stale
        reasons { code label points }
        offering { id capacityUpdatedAt }
      }
      exclusions { code label count }
    }
  }
}`;
const PRODUCTS_QUERY = '{ products { code name } }';
const FLOOR_QUERY = '{ __typename }';
const FLOOR_BASELINE = 'bare Apollo Server 5: { __typename }';

interface Target {
  readonly name: string;
  readonly url: string;
  readonly token?: string;
  /** The body of the n-th request. */
  readonly body: (n: number) => string;
  /** Whether an answer is a whole, error-free one. */
  readonly check: (body: string) => boolean;
  /** The target its "vs bare" column compares with (default: the first). */
  readonly baseline?: string;
}

interface Measured {
  readonly target: string;
  readonly baseline?: string;
  readonly connections: number;
  readonly rate?: number;
  readonly throughput: number;
  readonly p50: number;
  readonly p99: number;
  readonly requests: number;
  readonly bad: number;
  readonly load: string;
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

async function measure(
  target: Target,
  connections: number,
  durationS: number,
  rate?: number,
): Promise<Measured> {
  let n = 0;
  let bad = 0;
  const result = await autocannon({
    url: `${target.url}/graphql`,
    connections,
    duration: durationS,
    ...(rate ? { overallRate: rate } : {}),
    requests: [
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(target.token ? { authorization: `Bearer ${target.token}` } : {}),
        },
        setupRequest: (request) => ({ ...request, body: target.body(n++) }),
        onResponse: (status, body) => {
          if (status !== 200 || !target.check(body)) bad++;
        },
      },
    ],
  });
  return {
    target: target.name,
    baseline: target.baseline,
    connections,
    rate,
    throughput: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    bad: bad + result.errors + result.timeouts,
    load: load(),
  };
}

function rssMb(pid: number): string {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return `RSS ${(kb('VmRSS') / 1024).toFixed(0)} MB (peak ${(kb('VmHWM') / 1024).toFixed(0)} MB)`;
  } catch {
    return 'RSS unknown';
  }
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), FLAGS);
  const scale = scaleFlag(flags, 'region');
  const durationS = numberFlag(flags, 'duration') ?? 10;
  const rate = numberFlag(flags, 'rate') ?? 1000;
  const connectionCounts = (flags.get('connections') ?? '10,50').split(',').map(Number);
  const profileDir = flags.get('profile');
  const apiHeapMb = numberFlag(flags, 'api-heap-mb') ?? 320;
  const apiNodeArgs = [
    ...(apiHeapMb > 0 ? [`--max-old-space-size=${apiHeapMb}`] : []),
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
  ];
  const phases = new PhaseLog();
  const { dataset, docs } = datasetFromFlags(flags, scale, phases);
  phases.log(
    `api read benchmark: ${scale} shape, ${docs.supportRequests.length} requests, ` +
      `${docs.offerings.length} offerings, seed ${dataset.seed}; ${durationS} s a run; ` +
      `api node options: ${apiNodeArgs.join(' ') || '(none)'}; ` +
      `node ${process.version}; ${machine()}`,
  );
  const stack = await phases.time('start FerretDB and Redis', () => startStack('warn'));
  const root = findRepoRoot(__dirname);
  let connection: Connection | undefined;
  let redis: Redis | undefined;
  let api: ManagedProcess | undefined;
  let bare: ManagedProcess | undefined;
  let minimal: ManagedProcess | undefined;
  try {
    connection = await mongoose
      .createConnection(stack.services.mongoUri, { dbName: stack.dbName })
      .asPromise();
    await seedDatabase(
      connection,
      docs,
      offeringsByProduct(docs.offerings, docs.providers),
      phases,
    );
    redis = new Redis(stack.services.redisUrl);
    const shared = { client: redis, prefix: stack.queuePrefix } as unknown as MatchingRedis;
    const shortlists = new ShortlistRepository(
      connection.model<ShortlistDocument>(SHORTLIST_MODEL, shortlistSchema),
    );
    await phases.time('shortlist heads into Redis (as the worker rebuilds them)', () =>
      new ShortlistHeads(shared, shortlists).rebuild(),
    );
    // As deployed (infra/k8s): NODE_ENV production, like the bare server (graphql-js, for one,
    // checks every instanceof more slowly outside production).
    const env = {
      ...stack.env,
      NODE_ENV: 'production',
      RATE_LIMIT_USER_PER_MINUTE: String(1_000_000_000),
    };
    api = await phases.time('start the api (no worker)', () =>
      startNodeProcess({
        name: 'api',
        script: join(root, 'dist/apps/api/src/main.js'),
        env,
        ready: { url: `${stack.apiUrl}/health` },
        timeoutMs: 120_000,
        logFile: stack.logFiles.api,
        nodeArgs: apiNodeArgs,
      }),
    );
    const adminToken = await login(stack.apiUrl, stack.admin.email, stack.admin.password);
    const municipalityCodes = [...new Set(docs.supportRequests.map((r) => r.municipalityCode))];
    const staff = { email: 'staff@bench.local', password: 'bench-staff-password' };
    await graphqlRequest(
      stack.apiUrl,
      `mutation CreateStaff($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { ...staff, role: 'STAFF', municipalityCodes } },
      adminToken,
    );
    const token = await login(stack.apiUrl, staff.email, staff.password);
    const ids = docs.supportRequests.map((request) => request._id.toHexString());

    // One pass over every id: the answers for the bare server, and the api with cold caches.
    const answers: Record<string, unknown> = {};
    const coldStart = Date.now();
    for (let start = 0; start < ids.length; start += 10) {
      await Promise.all(
        ids.slice(start, start + 10).map(async (id) => {
          const data = await graphqlRequest<{ request: unknown }>(
            stack.apiUrl,
            REQUEST_QUERY,
            { id },
            token,
          );
          if (!data.request) throw new Error(`request ${id} not found by the api`);
          answers[id] = data.request;
        }),
      );
      if ((start + 10) % 1000 === 0) phases.progress('cold pass', start + 10, ids.length);
    }
    const coldMs = Date.now() - coldStart;
    phases.record(`cold pass: ${ids.length} request(id) queries, 10 at a time`, coldMs);

    const files = {
      schema: join(tmpdir(), `wmo-bench-api-schema-${process.pid}.graphql`),
      answers: join(tmpdir(), `wmo-bench-api-answers-${process.pid}.json`),
    };
    // The committed schema (CI checks it against the code): production answers no introspection.
    writeFileSync(files.schema, readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));
    writeFileSync(files.answers, JSON.stringify(answers));
    const barePort = await findFreePort();
    bare = await phases.time('start the bare Apollo Server', () =>
      startNodeProcess({
        name: 'bare-apollo',
        script: join(__dirname, 'api/bare-apollo-server.js'),
        env: {
          ...process.env,
          NODE_ENV: 'production',
          BARE_SCHEMA_FILE: files.schema,
          BARE_ANSWERS_FILE: files.answers,
          BARE_PORT: String(barePort),
        },
        ready: { stdoutLine: /bare server ready/ },
        timeoutMs: 60_000,
      }),
    );
    const minimalPort = await findFreePort();
    minimal = await phases.time('start Nest + Express + Apollo alone', () =>
      startNodeProcess({
        name: 'minimal-nest',
        script: join(__dirname, 'api/minimal-nest-server.js'),
        env: { ...process.env, NODE_ENV: 'production', MINIMAL_PORT: String(minimalPort) },
        ready: { stdoutLine: /minimal server ready/ },
        timeoutMs: 60_000,
      }),
    );

    const requestBody = (n: number) =>
      JSON.stringify({ query: REQUEST_QUERY, variables: { id: ids[n % ids.length] } });
    const isRequestAnswer = (body: string) =>
      body.startsWith('{"data":{"request":{"id":') && !body.includes('"errors"');
    const floorBody = () => JSON.stringify({ query: FLOOR_QUERY });
    const isFloorAnswer = (body: string) => body.startsWith('{"data":{"__typename":"Query"}}');
    const targets: Target[] = [
      {
        name: 'bare Apollo Server 5, same answers from memory',
        url: `http://127.0.0.1:${barePort}`,
        body: requestBody,
        check: isRequestAnswer,
      },
      {
        name: 'api: request(id) { … shortlist { … } }',
        url: stack.apiUrl,
        token,
        body: requestBody,
        check: isRequestAnswer,
      },
      {
        name: 'api: { products { code name } }',
        url: stack.apiUrl,
        token,
        body: () => JSON.stringify({ query: PRODUCTS_QUERY }),
        check: (body) => body.startsWith('{"data":{"products":['),
      },
      {
        name: FLOOR_BASELINE,
        url: `http://127.0.0.1:${barePort}`,
        body: floorBody,
        check: isFloorAnswer,
        baseline: FLOOR_BASELINE,
      },
      {
        name: 'Nest + Express + Apollo alone: { __typename }',
        url: `http://127.0.0.1:${minimalPort}`,
        body: floorBody,
        check: isFloorAnswer,
        baseline: FLOOR_BASELINE,
      },
      {
        name: 'api: { __typename } (no resolver runs)',
        url: stack.apiUrl,
        token,
        body: floorBody,
        check: isFloorAnswer,
        baseline: FLOOR_BASELINE,
      },
    ];
    const results: Measured[] = [];
    for (const connections of connectionCounts) {
      for (const target of targets) {
        const measured = await measure(target, connections, durationS);
        phases.log(
          `${target.name}, ${connections} connections: ${measured.throughput.toFixed(0)} req/s, ` +
            `p99 ${measured.p99} ms; load average ${measured.load}`,
        );
        results.push(measured);
      }
    }
    for (const target of targets.slice(0, 2)) {
      const measured = await measure(target, 50, durationS, rate);
      phases.log(
        `${target.name}, ${rate} req/s: p99 ${measured.p99} ms; load average ${measured.load}`,
      );
      results.push(measured);
    }
    const apiMemory = rssMb(api.pid);
    printResults(results, targets[0]!.name);
    process.stdout.write(
      `\ncold pass (every id once, empty caches, 10 at a time): ${formatCount(ids.length)} ` +
        `queries in ${(coldMs / 1000).toFixed(1)} s = ${((ids.length * 1000) / coldMs).toFixed(0)}` +
        ` req/s\napi ${apiMemory}\nat the end: ${machine()}\n`,
    );
  } finally {
    await bare?.stop();
    await minimal?.stop();
    await api?.stop();
    redis?.disconnect();
    await connection?.close();
    await stack.stop();
  }
}

function printResults(results: readonly Measured[], baseline: string): void {
  process.stdout.write('\n== reads (autocannon; the machine may be shared: see the load)\n');
  const base = (of: Measured) =>
    results.find(
      (r) =>
        r.target === (of.baseline ?? baseline) &&
        r.connections === of.connections &&
        r.rate === of.rate,
    );
  printTable([
    ['target', 'conns', 'rate', 'req/s', 'p50', 'p99', 'vs bare', 'requests', 'bad', 'load avg'],
    ...results.map((r) => {
      const bare = base(r);
      return [
        r.target,
        String(r.connections),
        r.rate ? `${r.rate}/s` : 'max',
        r.throughput.toFixed(0),
        `${r.p50} ms`,
        `${r.p99} ms`,
        bare && !r.rate ? `${((100 * r.throughput) / bare.throughput).toFixed(0)} %` : '',
        formatCount(r.requests),
        String(r.bad),
        r.load,
      ];
    }),
  ]);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `api benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
