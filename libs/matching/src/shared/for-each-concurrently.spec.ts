import { forEachConcurrently } from './for-each-concurrently';

describe('forEachConcurrently', () => {
  it('visits every item once, never more than the limit at a time', async () => {
    const items = Array.from({ length: 20 }, (_, index) => index);
    const seen: number[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    await forEachConcurrently(items, 3, async (item) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      seen.push(item);
      inFlight--;
    });
    expect(seen.sort((a, b) => a - b)).toEqual(items);
    expect(mostInFlight).toBe(3);
  });

  it('does nothing for no items', async () => {
    const each = jest.fn();
    await forEachConcurrently([], 4, each);
    expect(each).not.toHaveBeenCalled();
  });

  it('starts no more calls after a failure and rejects once the calls in flight have ended', async () => {
    const finished: number[] = [];
    await expect(
      forEachConcurrently([1, 2, 3, 4, 5], 2, async (item) => {
        if (item === 1) throw new Error('database away');
        await new Promise((resolve) => setImmediate(resolve));
        finished.push(item);
      }),
    ).rejects.toThrow('database away');
    expect(finished).toEqual([2]);
  });
});
