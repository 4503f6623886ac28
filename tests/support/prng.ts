/** A small seeded PRNG (mulberry32): the same seed gives the same test scenario. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    subset: <T>(items: readonly T[], min = 1): T[] => {
      const chosen = items.filter(() => next() < 0.5);
      return chosen.length >= min ? chosen : items.slice(0, min);
    },
  };
}

export type SeededRandom = ReturnType<typeof seededRandom>;
