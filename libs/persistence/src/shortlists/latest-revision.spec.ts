import fc from 'fast-check';
import { findLatestRevision } from './latest-revision';

function store(count: number) {
  const lookups: number[] = [];
  const fetch = (revision: number) => {
    lookups.push(revision);
    return Promise.resolve(revision >= 1 && revision <= count ? { revision } : null);
  };
  return { fetch, lookups };
}

describe('findLatestRevision', () => {
  it('finds the latest revision from any hint, or none when there is none', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(300), fc.nat(400), async (count, hint) => {
        const { fetch } = store(count);
        const found = await findLatestRevision(fetch, hint);
        expect(found?.revision ?? 0).toBe(count);
      }),
    );
  });

  it('needs two lookups when the hint is the latest', async () => {
    const { fetch, lookups } = store(41);
    await findLatestRevision(fetch, 41);
    expect(lookups).toEqual([41, 42]);
  });

  it('needs about 2·log2(n) lookups without a hint', async () => {
    const { fetch, lookups } = store(1000);
    await findLatestRevision(fetch);
    expect(lookups.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(1000)) + 1);
  });
});
