import mongoose, { type Connection } from 'mongoose';
import { fireBurst, login, planBurst } from './churn/burst';
import { offeringsByProduct } from './churn/expected';
import { analyseFreshness, readNewRevisions } from './churn/final-state';
import { printCpuUse } from './churn/cpu-time';
import { QueueWatch, RevisionAnnouncements, readCounters } from './churn/observers';
import { PhaseLog } from './churn/phases';
import { datasetFromFlags, machine } from './churn/run-setup';
import { afterBurst, confirmExpected, expectedAfter, lastReachingAnswer } from './churn/prediction';
import { measureQueryCosts } from './churn/queries';
import {
  printBurst,
  printFreshness,
  printPhases,
  printQueryCosts,
  printJobTimes,
  printWork,
} from './churn/report';
import { seedDatabase } from './churn/seed';
import { startStack } from './churn/stack';
import { waitUntilQuiet } from './churn/wait';
import { numberFlag, parseFlags, scaleFlag } from './cli';
import { Random } from '@wmo/synthetic';

const FLAGS = [
  'scale',
  'requests',
  'offerings',
  'changes',
  'seed',
  'deadline-s',
  'log-level',
  'probes',
  'restart',
  'api-heap-mb',
  'worker-heap-mb',
  'profile',
  'workers',
  'node-env',
];

/** The apps' heap limits as infra/k8s deploys them (NODE_OPTIONS there). */
const DEPLOYED_HEAP_MB = { api: 320, worker: 320 };

/** How plausible the data is: most requests should get options, not all the same number. */
function describeRevision1(revision1: ReadonlyMap<string, string>): string {
  const optionCounts = [...revision1.values()].map(
    (key) => (key.split('|')[0] ?? '').split(',').filter((option) => option !== '').length,
  );
  const withOptions = optionCounts.filter((count) => count > 0).length;
  const mean = optionCounts.reduce((sum, count) => sum + count, 0) / optionCounts.length;
  return (
    `revision 1: ${((100 * withOptions) / optionCounts.length).toFixed(1)} % of requests have ` +
    `options, ${mean.toFixed(2)} options on average`
  );
}

function databaseName(): string {
  if (process.env.MONGODB_URI) return 'the database at MONGODB_URI';
  if (process.env.FERRETDB_POSTGRESQL_URL) return 'FerretDB (PostgreSQL handler) on 127.0.0.1';
  return 'FerretDB (SQLite) on 127.0.0.1';
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), FLAGS);
  const scale = scaleFlag(flags, 'region');
  const changes = numberFlag(flags, 'changes') ?? 100;
  const deadlineS = numberFlag(flags, 'deadline-s') ?? (scale === 'region' ? 120 : 600);
  // After the burst, a worker restart is timed until it is ready (issue 15, goal 6).
  const restart = flags.get('restart') !== 'off';
  const workers = numberFlag(flags, 'workers') ?? 1;
  const phases = new PhaseLog();
  const { dataset, docs } = datasetFromFlags(flags, scale, phases);
  phases.log(
    `churn benchmark: ${scale} shape, ${docs.supportRequests.length} open requests, ` +
      `${docs.offerings.length} offerings, ${docs.providers.length} providers, ${changes} ` +
      `capacity changes, seed ${dataset.seed}, deadline ${deadlineS} s; ` +
      `${databaseName()}; ` +
      `node ${process.version}; ${machine()}`,
  );

  const heapMb = {
    api: numberFlag(flags, 'api-heap-mb') ?? DEPLOYED_HEAP_MB.api,
    worker: numberFlag(flags, 'worker-heap-mb') ?? DEPLOYED_HEAP_MB.worker,
  };
  phases.log(
    `heap limits (--max-old-space-size, 0 = node's own): api ${heapMb.api} MB, worker ${heapMb.worker} MB`,
  );
  const stack = await phases.time('start FerretDB and Redis', () =>
    startStack(flags.get('log-level') ?? 'warn', heapMb, {
      profileDir: flags.get('profile'),
      workers,
      // As infra/k8s runs them, unless `--node-env test` (how runs before 2026-12-03 noon ran).
      nodeEnv: flags.get('node-env') === 'test' ? 'test' : 'production',
    }),
  );
  let connection: Connection | undefined;
  let announcements: RevisionAnnouncements | undefined;
  let watch: QueueWatch | undefined;
  try {
    connection = await mongoose
      .createConnection(stack.services.mongoUri, { dbName: stack.dbName })
      .asPromise();
    const db = connection;
    const revision1 = await seedDatabase(
      db,
      docs,
      offeringsByProduct(docs.offerings, docs.providers),
      phases,
    );
    phases.log(describeRevision1(revision1));
    const costs =
      flags.get('probes') === 'off'
        ? []
        : await phases.time('single-query probes', () => measureQueryCosts(db, docs));
    const plan = planBurst(new Random(dataset.seed + 4), docs.offerings, changes);
    const changedIds = new Set(plan.map((change) => change.offeringId));
    const predicted = phases.timeSync('rank the expected shortlists after the burst', () =>
      expectedAfter(
        docs.supportRequests,
        afterBurst(docs.offerings, plan, new Date()),
        docs.providers,
        changedIds,
        revision1,
      ),
    );

    await phases.time('start api and worker', () => stack.startApps());
    announcements = new RevisionAnnouncements(stack.services.redisUrl, stack.queuePrefix);
    watch = new QueueWatch(stack.services.redisUrl, stack.queuePrefix);
    await Promise.all([announcements.start(), watch.start()]);
    const token = await login(stack.apiUrl, stack.admin.email, stack.admin.password);
    phases.log(`t0: sending ${plan.length} updateCapacity mutations at once`);
    const cpuBefore = stack.cpuSeconds();
    const burst = await fireBurst(stack.apiUrl, token, plan);
    phases.record('burst: until every mutation answered', burst.done - burst.t0);

    const stopReason = await waitUntilQuiet(
      watch,
      announcements,
      burst.t0,
      burst.t0 + deadlineS * 1000,
      phases,
    );
    phases.log(`stopped waiting: ${stopReason}`);
    const cpuAfter = stack.cpuSeconds();
    const waitedMs = Date.now() - burst.t0;
    const [depth, jobTimes, counters] = await Promise.all([
      watch.depth(),
      watch.jobTimes(),
      readCounters(stack.services.redisUrl, stack.queuePrefix),
    ]);
    const peak = stack.peakRssMb();
    if (restart) {
      const readyMs = await stack.restartWorker();
      phases.record('worker restart: until ready to recompute (heads in Redis)', readyMs);
    }
    await phases.time('stop api and worker', () => stack.stopApps());
    // Read back only now: the offerings no longer change, and reading them while the worker
    // runs would compete with it for FerretDB.
    const expected = await confirmExpected(
      db,
      docs,
      afterBurst(docs.offerings, plan, new Date()),
      revision1,
      predicted,
      phases,
    );
    const anyStored =
      announcements.count > 0 || watch.outcomes.stored > 0 || (counters?.stored ?? 0) > 0;
    const revisions = anyStored
      ? await phases.time('read every new shortlist revision', () => readNewRevisions(db))
      : [];
    const freshness = analyseFreshness(
      revision1,
      expected,
      revisions,
      announcements,
      burst.t0,
      lastReachingAnswer(docs.supportRequests, docs.offerings, burst.answeredAt),
    );

    printPhases(phases.phases);
    printQueryCosts(costs);
    printBurst(burst.latenciesMs, burst.errors, burst.done - burst.t0);
    printFreshness(freshness, stopReason);
    printWork({
      counters,
      observed: watch.outcomes,
      storedDocuments: revisions.length,
      queuedByChanges: watch.queuedByChanges,
      backlog: depth.pending,
      changesPending: Math.max(0, burst.latenciesMs.length - watch.changesDone),
      requests: docs.supportRequests.length,
      changes: plan.length,
      needed: freshness.needed,
      optionsChanged: freshness.optionsChanged,
    });
    printJobTimes(jobTimes, burst.t0);
    const lastJobMs =
      Math.max(...[...jobTimes.values()].flat().map((job) => job.finished)) - burst.t0;
    printCpuUse(cpuBefore, cpuAfter, waitedMs, Number.isFinite(lastJobMs) ? lastJobMs : waitedMs);
    process.stdout.write(
      `\nlogs (LOG_LEVEL ${stack.env.LOG_LEVEL}): ${stack.logFiles.api} ${stack.logFiles.worker}\n` +
        `peak RSS (VmHWM): api ${peak.api ?? '?'} MB, worker ${peak.worker ?? '?'} MB` +
        (workers > 1 ? ` (the largest of ${workers} workers) ` : ' ') +
        `(goals: api <= 256 MB, worker <= 384 MB at national scale)\n` +
        `at the end: ${machine()}\n`,
    );
  } finally {
    announcements?.close();
    await watch?.close();
    // A PostgreSQL database outlives the run, unlike FerretDB's SQLite directory: clean up.
    if (process.env.FERRETDB_POSTGRESQL_URL) await connection?.dropDatabase().catch(() => {});
    await connection?.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `churn benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
