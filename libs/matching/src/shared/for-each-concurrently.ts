/**
 * Runs `each` over the items with at most `limit` calls in flight. After a failure it starts no
 * more calls, and rejects only once the calls in flight have ended: none outlives it.
 */
export async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  each: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (!failed && next < items.length) {
      try {
        await each(items[next++] as T);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const lanes = Math.min(Math.max(1, limit), items.length);
  const outcomes = await Promise.allSettled(Array.from({ length: lanes }, lane));
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
}
