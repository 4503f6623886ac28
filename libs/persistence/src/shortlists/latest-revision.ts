/** Something found by revision number, e.g. a shortlist document looked up by `_id`. */
export interface Numbered {
  readonly revision: number;
}

/**
 * Finds the highest revision that exists, given only "fetch revision n" (revisions are numbered
 * 1, 2, 3, … without gaps). From `hint` (a revision believed to exist) it gallops up until one is
 * missing, then bisects: two lookups when the hint is the latest, about 2·log2(n) without one.
 */
export async function findLatestRevision<T extends Numbered>(
  fetch: (revision: number) => Promise<T | null>,
  hint = 0,
): Promise<T | null> {
  let low = (hint > 0 ? await fetch(hint) : null) ?? (await fetch(1));
  if (!low) return null;
  let step = 1;
  let high = low.revision + step; // not known to exist
  for (;;) {
    const probe = await fetch(high);
    if (!probe) break;
    low = probe;
    step *= 2;
    high = low.revision + step;
  }
  while (high - low.revision > 1) {
    const middle = Math.floor((low.revision + high) / 2);
    const probe = await fetch(middle);
    if (probe) low = probe;
    else high = middle;
  }
  return low;
}
