/**
 * mulberry32: a tiny, fast 32-bit PRNG. Not for cryptography; it only has to make the same
 * synthetic data from the same seed on every machine.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws from a seeded mulberry32 stream. */
export class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One item, with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let remaining = this.next() * total;
    for (let index = 0; index < items.length; index++) {
      remaining -= weights[index] ?? 0;
      if (remaining < 0) return items[index] as T;
    }
    return items[items.length - 1] as T;
  }

  /** Up to `count` distinct items, each drawn by weight among those not yet drawn. */
  weightedDistinct<T>(items: readonly T[], weights: readonly number[], count: number): T[] {
    const pool = items.map((item, index) => ({ item, weight: weights[index] ?? 0 }));
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      const entry = this.weighted(
        pool,
        pool.map((candidate) => candidate.weight),
      );
      chosen.push(entry.item);
      pool.splice(pool.indexOf(entry), 1);
    }
    return chosen;
  }

  /** Standard normal (Box-Muller). */
  gaussian(): number {
    const u = Math.max(this.next(), Number.EPSILON);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** 16 hex digits. */
  hex16(): string {
    const word = () =>
      Math.floor(this.next() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    return word() + word();
  }
}
