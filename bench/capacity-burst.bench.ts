import { basename, join } from 'node:path';
import { Queue } from 'bullmq';
import mongoose, { type Connection } from 'mongoose';
import { findRepoRoot, startNodeProcess, type ManagedProcess } from '@wmo/dev-services';
import { QueueName } from '@wmo/queue';
import type { OfferingDocument } from '../libs/persistence/src/offerings/offering.schema';
import { fireBurst, login, planBurst, type BurstResult, type CapacityChange } from './churn/burst';
import { offeringsByProduct } from './churn/expected';
import { PhaseLog } from './churn/phases';
import { datasetFromFlags, machine } from './churn/run-setup';
import { seedDatabase } from './churn/seed';
import { startStack } from './churn/stack';
import { numberFlag, parseFlags, scaleFlag } from './cli';
import { formatMs, median, percentile, printTable } from './stats';
import { Random } from '@wmo/synthetic';

/**
 * The api alone under a burst of `updateCapacity` mutations: the churn benchmark's services and
 * data, but only the api started (no worker competing for the database), and several rounds of
 * `--changes` mutations sent at once by an administrator. Afterwards it checks that every
 * answered mutation was stored, recorded as a capacity event and queued for the matcher.
 */
const FLAGS = ['scale', 'requests', 'offerings', 'changes', 'rounds', 'seed', 'log-level'];

function startApi(env: NodeJS.ProcessEnv, apiUrl: string, logFile: string) {
  return startNodeProcess({
    name: 'api',
    script: join(findRepoRoot(__dirname), 'dist/apps/api/src/main.js'),
    env,
    ready: { url: `${apiUrl}/health` },
    timeoutMs: 120_000,
    logFile,
  });
}

/** The distinct error messages of a round, most frequent first, with their counts. */
function groupErrors(errors: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const error of errors) {
    const message = error.replace(/^[0-9a-f]{24}: /, '');
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([message, n]) => `${n}x ${message}`);
}

function printRounds(bursts: readonly BurstResult[]): void {
  process.stdout.write('\n== bursts of updateCapacity mutations (api only, no worker)\n');
  const row = (name: string, burst: BurstResult) => [
    name,
    String(burst.latenciesMs.length),
    String(burst.errors.length),
    formatMs(burst.done - burst.t0),
    formatMs(median(burst.latenciesMs)),
    formatMs(percentile(burst.latenciesMs, 95)),
    formatMs(burst.latenciesMs.length ? Math.max(...burst.latenciesMs) : Number.NaN),
  ];
  printTable([
    ['round', 'ok', 'failed', 'all answered after', 'p50', 'p95', 'max'],
    ...bursts.map((burst, index) => row(String(index + 1), burst)),
  ]);
  const all = bursts.flatMap((burst) => burst.latenciesMs);
  const spans = bursts.map((burst) => burst.done - burst.t0);
  process.stdout.write(
    `all rounds: ${all.length} ok, ${bursts.reduce((n, b) => n + b.errors.length, 0)} failed; ` +
      `median of "all answered after" ${formatMs(median(spans))}; ` +
      `mutation p50 ${formatMs(median(all))}, p95 ${formatMs(percentile(all, 95))}, ` +
      `max ${formatMs(all.length ? Math.max(...all) : Number.NaN)}\n`,
  );
  bursts.forEach((burst, index) => {
    for (const line of groupErrors(burst.errors).slice(0, 3)) {
      process.stdout.write(`  round ${index + 1}: ${line}\n`);
    }
  });
}

/** Every answered mutation stored, recorded and queued; nothing from a failed one. */
async function checkWrites(
  db: Connection,
  redisUrl: string,
  queuePrefix: string,
  rounds: readonly { plan: readonly CapacityChange[]; burst: BurstResult }[],
): Promise<void> {
  const failedIds = new Set(
    rounds.flatMap(({ burst }) => burst.errors.map((error) => error.slice(0, 24))),
  );
  const lastWrite = new Map<string, number>();
  for (const { plan } of rounds) {
    for (const change of plan) {
      if (!failedIds.has(change.offeringId)) lastWrite.set(change.offeringId, change.freePlaces);
    }
  }
  const stored = await db
    .collection<OfferingDocument>('offerings')
    .find({}, { projection: { freePlaces: 1 } })
    .toArray();
  const mismatched = stored.filter((doc) => {
    const expected = lastWrite.get(doc._id.toHexString());
    return expected !== undefined && doc.freePlaces !== expected;
  }).length;
  const ok = rounds.reduce((n, { burst }) => n + burst.latenciesMs.length, 0);
  const events = await db.collection('capacityEvents').countDocuments({});
  const queue = new Queue(QueueName.Matching, {
    connection: { url: redisUrl },
    prefix: queuePrefix,
  });
  const queued = await queue.count();
  await queue.close();
  process.stdout.write(
    `\n== writes: ${ok} mutations answered ok; capacity events stored ${events}, jobs queued ` +
      `${queued}; offerings not holding their last answered value: ${mismatched}` +
      `${failedIds.size > 0 ? ` (${failedIds.size} offerings with a failed mutation not checked)` : ''}\n`,
  );
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), FLAGS);
  const scale = scaleFlag(flags, 'region');
  const changes = numberFlag(flags, 'changes') ?? 100;
  const roundCount = numberFlag(flags, 'rounds') ?? 3;
  const phases = new PhaseLog();
  const { dataset, docs } = datasetFromFlags(flags, scale, phases);
  phases.log(
    `capacity burst benchmark: ${scale} shape, ${docs.supportRequests.length} open requests, ` +
      `${docs.offerings.length} offerings, ${roundCount} rounds of ${changes} updateCapacity ` +
      `mutations, seed ${dataset.seed}; ` +
      `${process.env.MONGODB_URI ? 'the database at MONGODB_URI' : 'FerretDB (SQLite) on 127.0.0.1'}; ` +
      `node ${process.version}; ${machine()}`,
  );

  const stack = await phases.time('start FerretDB and Redis', () =>
    startStack(flags.get('log-level') ?? 'warn'),
  );
  let connection: Connection | undefined;
  let api: ManagedProcess | undefined;
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
    api = await phases.time('start the api (no worker)', () =>
      startApi(stack.env, stack.apiUrl, stack.logFiles.api),
    );
    const token = await login(stack.apiUrl, stack.admin.email, stack.admin.password);
    const rounds: { plan: CapacityChange[]; burst: BurstResult }[] = [];
    for (let round = 0; round < roundCount; round++) {
      // Round 1 sends the churn benchmark's burst; later rounds other offerings.
      const plan = planBurst(new Random(dataset.seed + 4 + round), docs.offerings, changes);
      const burst = await fireBurst(stack.apiUrl, token, plan);
      phases.record(
        `round ${round + 1}: ${plan.length} mutations, ${burst.errors.length} failed; all answered`,
        burst.done - burst.t0,
      );
      rounds.push({ plan, burst });
    }
    await phases.time('stop the api', async () => {
      await api?.stop();
    });
    printRounds(rounds.map((round) => round.burst));
    await checkWrites(connection, stack.services.redisUrl, stack.queuePrefix, rounds);
    process.stdout.write(
      `\napi log (LOG_LEVEL ${stack.env.LOG_LEVEL}): ${basename(stack.logFiles.api)} in $TMPDIR\n` +
        `at the end: ${machine()}\n`,
    );
  } finally {
    await api?.stop();
    await connection?.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `capacity burst benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
