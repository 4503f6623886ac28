/**
 * Which place slots a new hold may try, given the reported free places and the slots already
 * taken (pending holds and placements the provider has not yet reported).
 *
 * Every hold or placement occupies one slot of its offering, and a unique index on
 * (offering, slot) lets only one of them have it. Slots are only tried below `top`, the largest
 * number with `top + (taken slots at or above top) <= freePlaces`. So whoever tries with the
 * highest `top` can bring the total to at most `freePlaces`: slots below `top` are at most `top`,
 * and the slots at or above it were counted (nobody inserts there with this report). That keeps
 * the bound even when a capacity report lowered free places below slots that are already taken.
 * Without such slots `top` is simply `freePlaces`.
 */
export interface HoldWindow {
  /** New holds try slots 0 .. top-1 only. */
  readonly top: number;
  /** Slots below `top` that were free when the taken slots were read, lowest first. */
  readonly freeSlots: readonly number[];
}

export function holdWindow(freePlaces: number, takenSlots: Iterable<number>): HoldWindow {
  const taken = [...new Set(takenSlots)].filter((slot) => slot >= 0).sort((a, b) => a - b);
  const capacity = Math.max(0, Math.floor(freePlaces));
  // f(w) = w + |taken >= w| never decreases as w grows, so walk down from `capacity`.
  let top = capacity;
  let atOrAbove = taken.filter((slot) => slot >= top).length;
  while (top > 0 && top + atOrAbove > capacity) {
    top -= 1;
    if (taken.includes(top)) atOrAbove += 1;
  }
  if (top + atOrAbove > capacity) return { top: 0, freeSlots: [] };
  const takenBelow = new Set(taken.filter((slot) => slot < top));
  const freeSlots: number[] = [];
  for (let slot = 0; slot < top; slot++) {
    if (!takenBelow.has(slot)) freeSlots.push(slot);
  }
  return { top, freeSlots };
}
