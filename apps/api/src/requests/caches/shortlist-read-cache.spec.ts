// Nest ships as ES modules, which the unit project does not load: the decorators do nothing
// here, and of the libraries only what is tested is loaded.
jest.mock('@nestjs/common', () => {
  const decorator = () => () => undefined;
  return {
    Injectable: decorator,
    Logger: class {
      warn(): void {}
    },
  };
});
jest.mock('@wmo/matching', () => ({}));
jest.mock('@wmo/persistence', () =>
  jest.requireActual('../../../../../libs/persistence/src/shortlists/shortlist.codec'),
);
import type { ShortlistRevision } from '@wmo/domain';
import type { CachedHead, ShortlistHeads } from '@wmo/matching';
import type { ShortlistRepository } from '@wmo/persistence';
import { ShortlistReadCache } from './shortlist-read-cache';

const ID = '64b000000000000000000001';

function aRevision(revision: number): ShortlistRevision {
  return { requestId: ID, revision, options: [], exclusions: [] } as unknown as ShortlistRevision;
}

function setUp(stored: number) {
  const heads = new Map<string, CachedHead>();
  const state = { stored, redisAway: false };
  const get = jest.fn(async (ids: readonly string[]) => {
    if (state.redisAway) throw new Error('Redis away');
    return new Map(ids.flatMap((id) => (heads.has(id) ? [[id, heads.get(id)!] as const] : [])));
  });
  // As ShortlistRepository.latest: the newest stored revision at or after the hint.
  const latest = jest.fn(async () => (state.stored > 0 ? aRevision(state.stored) : null));
  const cache = new ShortlistReadCache(
    { get } as unknown as ShortlistHeads,
    { latest } as unknown as ShortlistRepository,
  );
  const setHead = (revision: number) =>
    heads.set(ID, { revision, digest: 'd', position: '', shown: null } as unknown as CachedHead);
  return { cache, latest, state, setHead };
}

describe('ShortlistReadCache', () => {
  it('reads the revision the head names from the database once', async () => {
    const { cache, latest, setHead } = setUp(3);
    setHead(3);
    await expect(cache.latest(ID)).resolves.toMatchObject({ revision: 3 });
    await expect(cache.latest(ID)).resolves.toMatchObject({ revision: 3 });
    expect(latest).toHaveBeenCalledTimes(1);
    expect(latest).toHaveBeenCalledWith(ID, 3);
  });

  it('reads a new revision as soon as its head advances', async () => {
    const { cache, latest, state, setHead } = setUp(3);
    setHead(3);
    await cache.latest(ID);
    state.stored = 4;
    setHead(4);
    await expect(cache.latest(ID)).resolves.toMatchObject({ revision: 4 });
    expect(latest).toHaveBeenLastCalledWith(ID, 4);
  });

  it('asks the database every time there is no head (or Redis is away)', async () => {
    const { cache, latest, state } = setUp(2);
    await expect(cache.latest(ID)).resolves.toMatchObject({ revision: 2 });
    state.redisAway = true;
    await expect(cache.latest(ID)).resolves.toMatchObject({ revision: 2 });
    expect(latest).toHaveBeenCalledTimes(2);
    expect(latest).toHaveBeenCalledWith(ID, 0);
  });

  it('answers null for a request without a shortlist', async () => {
    const { cache } = setUp(0);
    await expect(cache.latestOf([ID, ID])).resolves.toEqual([null, null]);
  });
});
