import { deflateSync } from 'node:zlib';
import { ReadModelSnapshot, type SnapshotRedis } from './read-model-snapshot';

class FakeRedis implements SnapshotRedis {
  readonly values = new Map<string, Buffer>();

  async getBuffer(key: string): Promise<Buffer | null> {
    return this.values.get(key) ?? null;
  }

  async set(key: string, value: Buffer): Promise<'OK'> {
    this.values.set(key, value);
    return 'OK';
  }
}

const rows = (count: number) =>
  Array.from({ length: count }, (_, i) => [`id-${i}`, 'GMN', ['nl', 'en'], i, null, i % 2 === 0]);

describe('ReadModelSnapshot', () => {
  it('gives back every row and the position it was saved at', async () => {
    const redis = new FakeRedis();
    const snapshot = new ReadModelSnapshot(redis, 'p:snapshot:things', 'things:1:a,b');
    const saved = rows(5_001);
    const bytes = await snapshot.save('1700000000000-3', saved);
    expect(bytes).toBe(redis.values.get('p:snapshot:things')?.length);
    expect(await snapshot.load()).toEqual({ position: '1700000000000-3', rows: saved });
  });

  it('keeps an empty copy', async () => {
    const snapshot = new ReadModelSnapshot(new FakeRedis(), 'k', 'f');
    await snapshot.save('5-0', []);
    expect(await snapshot.load()).toEqual({ position: '5-0', rows: [] });
  });

  it('has nothing when none was saved', async () => {
    expect(await new ReadModelSnapshot(new FakeRedis(), 'k', 'f').load()).toBeNull();
  });

  it('ignores a snapshot of another format (the fields changed in a new release)', async () => {
    const redis = new FakeRedis();
    await new ReadModelSnapshot(redis, 'k', 'things:1:a,b').save('5-0', rows(3));
    expect(await new ReadModelSnapshot(redis, 'k', 'things:2:a,b,c').load()).toBeNull();
  });

  it('refuses a damaged snapshot rather than loading part of it', async () => {
    const redis = new FakeRedis();
    const snapshot = new ReadModelSnapshot(redis, 'k', 'f');
    await snapshot.save('5-0', rows(3_000));
    const stored = redis.values.get('k') as Buffer;
    redis.values.set('k', stored.subarray(0, stored.length - 40));
    await expect(snapshot.load()).rejects.toThrow();
    redis.values.set('k', deflateSync('{"format":"f","position":"5-0"}\n{"not":"a row"}'));
    expect(await snapshot.load()).toBeNull();
  });
});
