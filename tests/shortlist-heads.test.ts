import { Redis } from 'ioredis';
import { eventually } from './support/eventually';
import {
  aPrivateMarket,
  shortlistOf,
  updateCapacity,
  type ShortlistView,
} from './support/scenario';
import { testEnv } from './support/test-env';

/**
 * The worker caches each request's latest revision ("head") in Redis. The cache may lag (a
 * worker died between storing and caching) or vanish (Redis lost its data); the database's `_id`
 * fence must keep revisions going up by one, and readers must still find the latest.
 */
describe('shortlist heads: a lagging or lost cache never breaks revisions', () => {
  const { appEnv } = testEnv();
  const prefix = appEnv.QUEUE_PREFIX as string;
  const headsKey = `${prefix}:shortlist-heads`;
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(appEnv.REDIS_URL as string);
  });
  afterAll(() => redis.disconnect());

  it('stores the next revision after the head was set back, forgotten, or lost with the rest', async () => {
    const { staff, owner, offering, request } = await aPrivateMarket(3);
    const placesShown = (shortlist: ShortlistView | null) => shortlist?.options[0]?.freePlaces;
    const setPlaces = (freePlaces: number) => updateCapacity(owner.token, offering.id, freePlaces);
    const revisionWith = (freePlaces: number, revision: number) =>
      eventually(
        () => shortlistOf(staff.token, request.id),
        (shortlist) =>
          placesShown(shortlist) === freePlaces && (shortlist?.revision ?? 0) >= revision,
        { what: `revision ${revision} showing ${freePlaces} places` },
      );

    const first = await revisionWith(3, 1);
    expect(first?.revision).toBe(1);

    // A head that lags one revision behind: the next insert collides and is redone as 3.
    await setPlaces(2);
    expect((await revisionWith(2, 2))?.revision).toBe(2);
    await redis.hset(headsKey, request.id, '1:stale-digest');
    await setPlaces(1);
    const third = await revisionWith(1, 3);
    expect(third?.revision).toBe(3);
    expect(await redis.hget(headsKey, request.id)).toMatch(/^3:/);

    // A forgotten head: readers find the latest from the database alone.
    await redis.hdel(headsKey, request.id);
    expect((await shortlistOf(staff.token, request.id))?.revision).toBe(3);
    await setPlaces(2);
    expect((await revisionWith(2, 4))?.revision).toBe(4);

    // Every head lost (as after Redis lost its data): the worker rebuilds them from the database.
    await redis.del(headsKey, `${headsKey}:complete`);
    await setPlaces(3);
    expect((await revisionWith(3, 5))?.revision).toBe(5);
    expect(await redis.exists(`${headsKey}:complete`)).toBe(1);
    expect(await redis.hget(headsKey, request.id)).toMatch(/^5:/);
  });
});
