import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startApi, startWorker } from './support/app-processes';
import { eventually } from './support/eventually';
import { startBurst, type BurstRecord } from './support/faults/fault-burst';
import { convergence, sweepNow, unstoredReports } from './support/faults/fault-checks';
import { CONVERGENCE_LIMIT_MS } from './support/faults/fault-run';
import { startFaultStack, type FaultStack } from './support/faults/fault-stack';
import { seedFaultWorld, type FaultWorld } from './support/faults/fault-world';
import { seededRandom } from './support/prng';
import { testEnv } from './support/test-env';

/** Parallel lanes of mutations: with 12 offerings, 12 calls are in flight at any moment. */
const LANES = 12;

/**
 * SIGTERM mid-burst, against real processes: the api stops accepting, finishes what is in
 * flight and closes subscription sockets with 1012 (reconnect); the worker finishes or hands
 * back its jobs. Nothing answered is lost, nothing is answered with an internal error, and
 * every shortlist converges after the restart.
 */
describe('graceful shutdown on SIGTERM', () => {
  let stack: FaultStack;
  let world: FaultWorld;
  let sharedEnv: string | undefined;

  beforeAll(async () => {
    const { appEnv } = testEnv();
    stack = await startFaultStack(appEnv);
    sharedEnv = process.env.WMO_TEST_ENV;
    process.env.WMO_TEST_ENV = JSON.stringify({ apiUrl: stack.apiUrl, appEnv });
    world = await seedFaultWorld(seededRandom(20261203));
  }, 120_000);

  afterAll(async () => {
    process.env.WMO_TEST_ENV = sharedEnv;
    await stack?.stop();
  }, 30_000);

  async function expectStoredAndConverged(record: BurstRecord, since: number): Promise<void> {
    expect(record.answered).toBeGreaterThan(10);
    expect(await unstoredReports(world, record)).toEqual([]);
    await convergence(world, since, CONVERGENCE_LIMIT_MS);
    expect(await sweepNow(world.admin)).toMatchObject({ outOfDate: 0, failed: 0 });
  }

  it('api: in-flight mutations finish, sockets get 1012, nothing answered is lost', async () => {
    const closes: number[] = [];
    const socket = subscribe(stack.apiUrl, world.admin, world.requests[0] ?? '', closes);
    await eventually(
      () => Promise.resolve(socket.connected),
      (connected) => connected,
      { what: 'the subscription socket to connect' },
    );
    const burst = startBurst(world, stack.apiUrl, LANES);
    await new Promise((resolve) => setTimeout(resolve, 800));
    const exitCode = await stack.api.stop('SIGTERM');
    stack.api = await startApi(stack.env, 'shutdown-api');
    const restartedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const record = await burst.stop();
    await socket.client.dispose();

    expect(exitCode).toBe(0);
    expect(closes).toContain(1012);
    // Refused connections after the close are fine; an answer with an error is not.
    expect(record.errors.filter((code) => code !== 'NETWORK')).toEqual([]);
    await expectStoredAndConverged(record, restartedAt);
  }, 120_000);

  it('worker: active jobs finish or go back to the queue, nothing is lost', async () => {
    const burst = startBurst(world, stack.apiUrl, LANES);
    await new Promise((resolve) => setTimeout(resolve, 800));
    const exitCode = await stack.worker.stop('SIGTERM');
    // Its log says where the restarted worker's copies came from.
    stack.worker = await startWorker({ ...stack.env, LOG_LEVEL: 'info' }, 'shutdown-worker');
    const restartedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const record = await burst.stop();

    expect(exitCode).toBe(0);
    // From the snapshots the stopping worker saved, then what the streams named after them
    // (changes made while no worker ran): convergence below checks the result.
    const started = stack.worker.output();
    expect(started).toMatch(/OfferingCache.*restored \d+ items from the snapshot/);
    expect(started).toMatch(/RequestBook.*restored \d+ items from the snapshot/);
    expect(started).not.toMatch(/offering cache loaded|request book loaded/);
    // Only the worker stopped: the api answered every call.
    expect(record.errors).toEqual([]);
    await expectStoredAndConverged(record, restartedAt);
  }, 120_000);
});

function subscribe(apiUrl: string, token: string, requestId: string, closes: number[]) {
  const state: { client: Client; connected: boolean } = {
    connected: false,
    client: createClient({
      url: `${apiUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      retryAttempts: 0,
      // The close is what this test waits for, not an error to print.
      onNonLazyError: () => undefined,
      on: {
        connected: () => {
          state.connected = true;
        },
        closed: (event) => {
          closes.push((event as { code: number }).code);
        },
      },
    }),
  };
  state.client.subscribe(
    {
      query: `subscription($id: ID!) { shortlistUpdated(requestId: $id) { revision } }`,
      variables: { id: requestId },
    },
    { next: () => undefined, error: () => undefined, complete: () => undefined },
  );
  return state;
}
