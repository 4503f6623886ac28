import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
// The file itself: the package index pulls in Nest, which jest cannot load.
import { RecomputeBacklog } from '../libs/queue/src/recompute-backlog';
import { testEnv } from './support/test-env';

// The backlog's Lua scripts against the suite's real Redis, under a prefix of this test's own.
describe('recompute backlog (Redis)', () => {
  let redis: Redis;
  let backlog: RecomputeBacklog;

  beforeAll(() => {
    redis = new Redis(testEnv().appEnv.REDIS_URL as string);
  });
  // Due at once, unless a test asks for settling.
  const aBacklog = (settleMs = 0, maxWaitMs = 0) =>
    new RecomputeBacklog(redis, `{test-${randomUUID()}}`, 0, { settleMs, maxWaitMs });
  beforeEach(() => {
    backlog = aBacklog();
  });
  afterAll(() => redis.disconnect());
  // Waits out the settling (300 ms in these tests), then takes everything.
  const aBacklogTakeAll = async (from: RecomputeBacklog) => {
    await sleep(400);
    return from.take(100);
  };

  it('keeps one entry per request, with the latest cause', async () => {
    await backlog.add([
      { requestId: 'a', cause: { kind: 'CAPACITY_CHANGED', offeringId: 'o1' } },
      { requestId: 'b', cause: { kind: 'REQUEST_CREATED' } },
    ]);
    await backlog.add([{ requestId: 'a', cause: { kind: 'CAPACITY_CHANGED', offeringId: 'o2' } }]);
    expect(await backlog.size()).toBe(2);
    const taken = await backlog.take(10);
    expect(taken.map((entry) => [entry.requestId, entry.cause, entry.retaken])).toEqual([
      ['a', { kind: 'CAPACITY_CHANGED', offeringId: 'o2' }, false],
      ['b', { kind: 'REQUEST_CREATED' }, false],
    ]);
  });

  it('keeps the latest stream entry of the marks, and none once a mark had none', async () => {
    const capacity = { kind: 'CAPACITY_CHANGED', offeringId: 'o1' } as const;
    await backlog.add([
      { requestId: 'later', cause: capacity, streamId: '1764000000000-3' },
      { requestId: 'mixed', cause: capacity, streamId: '1764000000000-1' },
      { requestId: 'none', cause: { kind: 'SWEEP' } },
    ]);
    await backlog.add([
      // Earlier than the first mark (a slower change job): the later one stays.
      { requestId: 'later', cause: capacity, streamId: '1763999999999-9' },
      { requestId: 'later', cause: capacity, streamId: '1764000000000-12' },
      { requestId: 'mixed', cause: { kind: 'REQUEST_CHANGED' } },
      { requestId: 'none', cause: capacity, streamId: '1764000000000-5' },
    ]);
    const taken = await backlog.take(10);
    expect(Object.fromEntries(taken.map((entry) => [entry.requestId, entry.streamId]))).toEqual({
      later: '1764000000000-12',
      mixed: undefined,
      none: undefined,
    });
  });

  it('writes the stream entry inside the cause, where a reader that does not know it parses it', async () => {
    const prefix = `{test-${randomUUID()}}`;
    const marked = new RecomputeBacklog(redis, prefix, 0, { settleMs: 0, maxWaitMs: 0 });
    const cause = { kind: 'CAPACITY_CHANGED', offeringId: 'o1' } as const;
    await marked.add([{ requestId: 'r', cause, streamId: '1764000000000-1' }]);
    const raw = await redis.hget(`${prefix}:recompute:0:entries`, 'r');
    const json = /^\d+\|\d+\|\d+\|(.*)$/.exec(raw ?? '')?.[1] ?? '';
    expect(JSON.parse(json)).toEqual({ ...cause, '@streamId': '1764000000000-1' });
  });

  it('takes the soonest due first and only as many as asked', async () => {
    await backlog.add([{ requestId: 'first', cause: { kind: 'SWEEP' } }]);
    await sleep(5);
    await backlog.add([{ requestId: 'second', cause: { kind: 'SWEEP' } }]);
    expect((await backlog.take(1)).map((entry) => entry.requestId)).toEqual(['first']);
  });

  it('makes an entry due once its changes settle, but never later than the longest wait', async () => {
    const settling = aBacklog(300, 700);
    await settling.add([{ requestId: 'a', cause: { kind: 'SWEEP' } }]);
    expect(await settling.take(5)).toEqual([]);
    const untilDue = await settling.untilDue();
    expect(untilDue).toBeGreaterThan(150);
    expect(untilDue).toBeLessThanOrEqual(300);
    // Changed again and again: each change restarts the settling, up to the longest wait.
    for (let i = 0; i < 4; i++) {
      await sleep(200);
      await settling.add([{ requestId: 'a', cause: { kind: 'REQUEST_CHANGED' } }]);
    }
    // 800 ms after the first mark: past the longest wait although the last change is recent.
    const [entry] = await settling.take(5);
    expect(entry).toMatchObject({ requestId: 'a', cause: { kind: 'REQUEST_CHANGED' } });
    expect(await aBacklog(300, 700).untilDue()).toBeNull();
  });

  it('reports the age of its oldest entry since the first change, null when empty', async () => {
    const settling = aBacklog(300, 5000);
    expect(await settling.oldestAgeMs()).toBeNull();
    await settling.add([{ requestId: 'old', cause: { kind: 'SWEEP' } }]);
    await sleep(200);
    // Changed again: still aged from its first change, and younger entries do not hide it.
    await settling.add([
      { requestId: 'old', cause: { kind: 'REQUEST_CHANGED' } },
      { requestId: 'young', cause: { kind: 'SWEEP' } },
    ]);
    const age = await settling.oldestAgeMs();
    expect(age).toBeGreaterThanOrEqual(190);
    expect(age).toBeLessThan(2000);
    const taken = await aBacklogTakeAll(settling);
    await settling.done(taken);
    expect(await settling.oldestAgeMs()).toBeNull();
  });

  it('keeps an entry until it is done, and reports an unfinished take as retaken', async () => {
    await backlog.add([{ requestId: 'a', cause: { kind: 'SWEEP' } }]);
    const [first] = await backlog.take(5);
    expect(first?.retaken).toBe(false);
    // The worker died before done(): the entry is still there and says so.
    const [again] = await backlog.take(5);
    expect(again?.retaken).toBe(true);
    await backlog.done(again ? [again] : []);
    expect(await backlog.size()).toBe(0);
    expect(await backlog.take(5)).toEqual([]);
  });

  it('does not drop an entry marked again while it was being worked on', async () => {
    await backlog.add([{ requestId: 'a', cause: { kind: 'SWEEP' } }]);
    const taken = await backlog.take(5);
    await backlog.add([{ requestId: 'a', cause: { kind: 'REQUEST_CHANGED' } }]);
    await backlog.done(taken);
    const [left] = await backlog.take(5);
    expect(left).toMatchObject({
      requestId: 'a',
      cause: { kind: 'REQUEST_CHANGED' },
      retaken: false,
    });
  });

  it('handles more than one script chunk at a time', async () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({
      requestId: `r${i}`,
      cause: { kind: 'POLICY_CHANGED' as const },
    }));
    await backlog.add(many);
    expect(await backlog.size()).toBe(2500);
    const taken = await backlog.take(2500);
    await backlog.done(taken);
    expect(await backlog.size()).toBe(0);
  });
});
