import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { eventually } from './support/eventually';
import { graphql } from './support/graphql-client';
import { convergence, sweepNow, unstoredReports } from './support/faults/fault-checks';
import { burstThrough, CONVERGENCE_LIMIT_MS, type FaultRun } from './support/faults/fault-run';
import { startFaultStack, type FaultStack } from './support/faults/fault-stack';
import { seedFaultWorld, type FaultWorld } from './support/faults/fault-world';
import { aHeldPlace, makeHoldDue, referralStatus } from './support/faults/due-hold';
import { seededRandom } from './support/prng';
import { testEnv } from './support/test-env';

/**
 * Faults mid-burst against real processes: kill -9 the worker, redis-server (back empty, same
 * port) and the api, one at a time, while updateCapacity and createRequest calls are in flight.
 * After each: every answered mutation is stored, every shortlist equals a ranking from scratch
 * within 30 s of the restart, a sweep then finds nothing out of date; after the Redis fault the
 * schedulers exist again and a hold that fell due during the outage expires. Killing the
 * database gives clean SERVICE_UNAVAILABLE errors and red readiness, and both recover by themselves.
 */
describe('faults: a stored change is always announced and every process recovers', () => {
  let stack: FaultStack;
  let world: FaultWorld;
  let sharedEnv: string | undefined;

  beforeAll(async () => {
    const { appEnv } = testEnv();
    stack = await startFaultStack(appEnv);
    sharedEnv = process.env.WMO_TEST_ENV;
    process.env.WMO_TEST_ENV = JSON.stringify({ apiUrl: stack.apiUrl, appEnv });
    world = await seedFaultWorld(seededRandom(20261202));
  }, 120_000);

  afterAll(async () => {
    process.env.WMO_TEST_ENV = sharedEnv;
    await stack?.stop();
  }, 30_000);

  async function expectStoredAndSwept({ record, livenessRestarts }: FaultRun): Promise<void> {
    // A worker that stops answering its liveness probe is a defect even if a restart mends it.
    expect(livenessRestarts).toBe(0);
    expect(record.answered).toBeGreaterThan(10);
    expect(record.errors.filter((code) => code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
    expect(await unstoredReports(world, record)).toEqual([]);
    const sweep = await sweepNow(world.admin);
    expect(sweep).toMatchObject({ outOfDate: 0, failed: 0 });
    expect(sweep.checked).toBeGreaterThanOrEqual(world.requests.length);
  }

  it('worker killed mid-burst: its work resumes and every shortlist is current', async () => {
    const run = await burstThrough(stack, world, 'worker');
    process.stdout.write(`fault worker: converged ${run.convergedMs} ms after the restart\n`);
    // Only the worker was down: the api answered every call.
    expect(run.record.errors).toEqual([]);
    await expectStoredAndSwept(run);
  }, 120_000);

  it('redis-server killed and back empty: nothing lost, schedulers and hold expiry come back', async () => {
    const held = await aHeldPlace(world.staff);
    const run = await burstThrough(stack, world, 'redis', () =>
      makeHoldDue(stack.env, held.referralId),
    );
    process.stdout.write(`fault redis: converged ${run.convergedMs} ms after the restart\n`);
    // Stored changes answer success while Redis is away; they are announced when it is back.
    expect(run.record.errors).toEqual([]);
    await expectStoredAndSwept(run);

    const connection = new Redis(stack.redis.url, { maxRetriesPerRequest: null });
    const prefix = stack.env.QUEUE_PREFIX;
    const matching = new Queue('matching', { connection, prefix });
    const referrals = new Queue('referrals', { connection, prefix });
    try {
      await eventually(
        async () =>
          Boolean(await matching.getJobScheduler('nightly-sweep')) &&
          Boolean(await referrals.getJobScheduler('expire-due-holds')),
        Boolean,
        { what: 'the schedulers to be registered again' },
      );
    } finally {
      await Promise.all([matching.close(), referrals.close()]);
      connection.disconnect();
    }
    await eventually(
      () => referralStatus(world.staff, held.requestId, held.referralId),
      (status) => status === 'EXPIRED',
      { what: 'the hold that fell due during the outage to expire' },
    );
  }, 120_000);

  it('database killed: clean errors and red readiness, then back by itself', async () => {
    const offeringId = world.offerings[0] ?? '';
    const report = (freePlaces: number) =>
      graphql(
        `
          mutation ($input: UpdateCapacityInput!) {
            updateCapacity(input: $input) {
              id
            }
          }
        `,
        { input: { offeringId, freePlaces } },
        world.admin,
        stack.apiUrl,
      );
    const ready = async () => {
      const response = await fetch(`${stack.apiUrl}/ready`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    await stack.mongo.kill();
    try {
      const down = await eventually(ready, (r) => r.status === 503, {
        what: 'readiness to go red',
      });
      expect(down.body).toMatchObject({
        details: { mongodb: { status: 'down' }, redis: { status: 'up' } },
      });
      const failed = await report(3);
      expect(failed.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    } finally {
      await stack.mongo.restart();
    }
    await eventually(ready, (r) => r.status === 200, {
      what: 'readiness to go green again',
      timeoutMs: 30_000,
    });
    expect((await report(1)).errors).toBeUndefined();
    await convergence(world, Date.now(), CONVERGENCE_LIMIT_MS);
    expect(await sweepNow(world.admin)).toMatchObject({ outOfDate: 0, failed: 0 });
  }, 120_000);

  it('api killed mid-burst: every answered call is stored and announced', async () => {
    const run = await burstThrough(stack, world, 'api');
    process.stdout.write(`fault api: converged ${run.convergedMs} ms after the restart\n`);
    expect(run.record.errors.filter((code) => code !== 'NETWORK')).toEqual([]);
    await expectStoredAndSwept(run);
  }, 120_000);
});
