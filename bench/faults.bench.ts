import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { installCleanupHandlers } from '@wmo/dev-services';
import { numberFlag, parseFlags } from './cli';
import { median, printTable } from './stats';
import { sweepNow, unstoredReports } from '../tests/support/faults/fault-checks';
import { burstThrough } from '../tests/support/faults/fault-run';
import { startFaultStack, type Fault } from '../tests/support/faults/fault-stack';
import { seedFaultWorld } from '../tests/support/faults/fault-world';
import { seededRandom } from '../tests/support/prng';

/**
 * How soon every shortlist is current again after a process is killed mid-burst (kill -9; the
 * worker and api restarted at once, redis-server after 2 s of outage and empty), against the
 * same burst without a fault in the same run. Each run also checks that every answered mutation
 * is stored; a sweep at the end must find nothing out of date.
 *
 *   npm run bench:faults [-- --runs 5]
 */
const FAULTS: readonly (Fault | 'none')[] = ['none', 'worker', 'redis', 'api'];

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), ['runs']);
  const runs = numberFlag(flags, 'runs') ?? 5;
  installCleanupHandlers();
  printLoad('start');
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    JWT_SECRET: randomBytes(32).toString('hex'),
    BOOTSTRAP_ADMIN_EMAIL: 'admin@bench.local',
    BOOTSTRAP_ADMIN_PASSWORD: randomBytes(12).toString('hex'),
    LOG_LEVEL: 'error',
  };
  const stack = await startFaultStack(baseEnv);
  try {
    // The test helpers find the api through this variable, as they do under jest.
    process.env.WMO_TEST_ENV = JSON.stringify({ apiUrl: stack.apiUrl, appEnv: baseEnv });
    const world = await seedFaultWorld(seededRandom(20261202));
    const times = new Map<string, number[]>(FAULTS.map((fault) => [fault, []]));
    const problems: string[] = [];
    for (let run = 1; run <= runs; run++) {
      for (const fault of FAULTS) {
        const { record, convergedMs } = await burstThrough(stack, world, fault);
        times.get(fault)?.push(convergedMs);
        const unstored = await unstoredReports(world, record);
        const internal = record.errors.filter((code) => code === 'INTERNAL_SERVER_ERROR');
        problems.push(...unstored, ...internal.map(() => `${fault}: INTERNAL_SERVER_ERROR`));
        process.stdout.write(
          `run ${run} ${fault}: ${convergedMs} ms, ${record.answered} answered, ` +
            `${record.errors.length} failed (${[...new Set(record.errors)].join(' ') || '-'})\n`,
        );
      }
    }
    const sweep = await sweepNow(world.admin);
    const baseline = median(times.get('none') ?? []);
    const rows = [['fault', 'median', 'min', 'max', 'runs', 'median / no fault']];
    for (const [fault, values] of times) {
      rows.push([
        fault === 'none' ? 'no fault (baseline)' : `${fault} killed`,
        seconds(median(values)),
        seconds(Math.min(...values)),
        seconds(Math.max(...values)),
        String(values.length),
        `${(median(values) / baseline).toFixed(1)}x`,
      ]);
    }
    process.stdout.write('\nconvergence after the restart (every shortlist = from scratch)\n');
    printTable(rows);
    process.stdout.write(
      `\nrequests at the end: ${world.requests.length}; sweep: ${sweep.checked} checked, ` +
        `${sweep.outOfDate} out of date; answered but not stored: ${problems.length}\n`,
    );
    if (problems.length > 0 || sweep.outOfDate > 0) {
      process.stdout.write(`${problems.join('\n')}\n`);
      process.exitCode = 1;
    }
  } finally {
    await stack.stop();
  }
  printLoad('end');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function printLoad(when: string): void {
  process.stdout.write(
    `load average at ${when}: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
