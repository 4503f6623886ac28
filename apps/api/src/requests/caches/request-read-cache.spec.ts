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
jest.mock('@wmo/matching', () =>
  jest.requireActual('../../../../../libs/matching/src/change-stream-follower'),
);
jest.mock('@wmo/persistence', () => ({}));
jest.mock('@wmo/queue', () =>
  jest.requireActual('../../../../../libs/queue/src/request-change-stream'),
);
import type { SupportRequest } from '@wmo/domain';
import type { MatchingRedis, StreamEntry } from '@wmo/matching';
import type { SupportRequestRepository } from '@wmo/persistence';
import { RequestReadCache } from './request-read-cache';

const ID = '64b000000000000000000001';

/** A request-change stream in memory, with the reads ChangeStreamFollower makes. */
class FakeStream {
  readonly entries: StreamEntry[] = [];
  failing = false;
  private sequence = 0;

  append(requestId: string): void {
    this.entries.push([`1-${++this.sequence}`, ['requestId', requestId]]);
  }

  async xrange(_key: string, start: string, _end: string, ...count: unknown[]) {
    if (this.failing) throw new Error('Redis away');
    const after = start.startsWith('(') ? Number(start.slice(3)) : 0;
    const found = this.entries.filter(([id]) => Number(id.slice(2)) > after);
    return count.length > 0 ? found.slice(0, Number(count[1])) : found;
  }

  async xrevrange() {
    if (this.failing) throw new Error('Redis away');
    return this.entries.slice(-1);
  }
}

function aRequest(changes: Partial<SupportRequest> = {}): SupportRequest {
  return { id: ID, municipalityCode: '0402', urgency: 'SOON', ...changes } as SupportRequest;
}

function setUp() {
  const stream = new FakeStream();
  let stored = aRequest();
  const findInScope = jest.fn(async (_scope: unknown, id: string) => (id === ID ? stored : null));
  const cache = new RequestReadCache(
    { client: stream, prefix: '{test}' } as unknown as MatchingRedis,
    { findInScope } as unknown as SupportRequestRepository,
  );
  const store = (request: SupportRequest) => (stored = request);
  return { stream, findInScope, cache, store };
}

const ALL = { kind: 'ALL' } as const;

describe('RequestReadCache', () => {
  it('reads a request from the database once, then from memory', async () => {
    const { cache, findInScope } = setUp();
    await expect(cache.findInScope(ALL, ID)).resolves.toMatchObject({ urgency: 'SOON' });
    await expect(cache.findInScope(ALL, ID)).resolves.toMatchObject({ urgency: 'SOON' });
    expect(findInScope).toHaveBeenCalledTimes(1);
  });

  it('reads a request again once its change is on the stream (read-your-writes)', async () => {
    const { cache, findInScope, stream, store } = setUp();
    await cache.findInScope(ALL, ID);
    // The writer stores, then appends to the stream, then answers: the next read sees it.
    store(aRequest({ urgency: 'CRISIS' }));
    stream.append(ID);
    await expect(cache.findInScope(ALL, ID)).resolves.toMatchObject({ urgency: 'CRISIS' });
    expect(findInScope).toHaveBeenCalledTimes(2);
  });

  it('keeps other requests when one changes', async () => {
    const { cache, findInScope, stream } = setUp();
    await cache.findInScope(ALL, ID);
    stream.append('64b000000000000000000002');
    await cache.findInScope(ALL, ID);
    expect(findInScope).toHaveBeenCalledTimes(1);
  });

  it('does not keep what the database answered while a change was announced', async () => {
    const { cache, findInScope, stream, store } = setUp();
    await cache.findInScope(ALL, '64b000000000000000000009'); // first sync done
    let answer!: (request: SupportRequest) => void;
    findInScope.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const read = cache.findInScope(ALL, ID);
    while (findInScope.mock.calls.length < 2) await new Promise((r) => setImmediate(r));
    // Written and announced while the slow read was under way; this read syncs and evicts.
    store(aRequest({ urgency: 'CRISIS' }));
    stream.append(ID);
    await cache.findInScope(ALL, ID);
    answer(aRequest({ urgency: 'SOON' }));
    await read;
    await expect(cache.findInScope(ALL, ID)).resolves.toMatchObject({ urgency: 'CRISIS' });
  });

  it('answers a request outside the scope as not found, also from memory', async () => {
    const { cache } = setUp();
    await cache.findInScope(ALL, ID);
    await expect(
      cache.findInScope({ kind: 'MUNICIPALITIES', municipalityCodes: ['0363'] }, ID),
    ).resolves.toBeNull();
    await expect(
      cache.findInScope({ kind: 'MUNICIPALITIES', municipalityCodes: ['0402'] }, ID),
    ).resolves.not.toBeNull();
  });

  it('trusts nothing held while Redis is away, and reads the database', async () => {
    const { cache, findInScope, stream, store } = setUp();
    await cache.findInScope(ALL, ID);
    stream.failing = true;
    store(aRequest({ urgency: 'CRISIS' }));
    await expect(cache.findInScope(ALL, ID)).resolves.toMatchObject({ urgency: 'CRISIS' });
    expect(findInScope).toHaveBeenCalledTimes(2);
    expect(cache.size).toBe(0);
  });

  it('forgets a request this process changed, before any announcement', async () => {
    const { cache, findInScope, store } = setUp();
    await cache.findInScope(ALL, ID);
    store(aRequest({ urgency: 'CRISIS' }));
    cache.evict(ID);
    await expect(cache.findInScope(ALL, ID)).resolves.toMatchObject({ urgency: 'CRISIS' });
    expect(findInScope).toHaveBeenCalledTimes(2);
  });
});
