import fc from 'fast-check';
import { holdWindow } from './hold-window';

describe('holdWindow', () => {
  it('offers every reported free place when nothing is taken', () => {
    expect(holdWindow(3, [])).toEqual({ top: 3, freeSlots: [0, 1, 2] });
  });

  it('skips taken slots', () => {
    expect(holdWindow(3, [1])).toEqual({ top: 3, freeSlots: [0, 2] });
    expect(holdWindow(3, [0, 1, 2]).freeSlots).toEqual([]);
  });

  it('shrinks below holds that a lower capacity report left above the free places', () => {
    // Reported 2 free places while holds sit in slots 2 and 5: nothing may be added.
    expect(holdWindow(2, [2, 5])).toEqual({ top: 0, freeSlots: [] });
    // Reported 3: one hold above the window, so only two slots below it, one of them free.
    expect(holdWindow(3, [1, 5])).toEqual({ top: 2, freeSlots: [0] });
  });

  it('offers nothing without free places', () => {
    expect(holdWindow(0, [])).toEqual({ top: 0, freeSlots: [] });
  });

  it('keeps top + taken slots at or above it within the free places', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 15 }),
        (free, taken) => {
          const { top } = holdWindow(free, taken);
          const above = taken.filter((slot) => slot >= top).length;
          if (taken.length <= free) expect(top + above).toBe(free);
          else expect(top).toBe(0);
          expect(top + above <= free || top === 0).toBe(true);
        },
      ),
    );
  });

  it('grants a hold one at a time exactly while fewer places are taken than are free', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { maxLength: 10 }),
        fc.array(fc.oneof(fc.constant('take' as const), fc.nat({ max: 20 })), { maxLength: 30 }),
        (free, carried, steps) => {
          const taken = new Set(carried);
          for (const step of steps) {
            if (step === 'take') {
              const before = taken.size;
              const slot = holdWindow(free, taken).freeSlots[0];
              if (slot !== undefined) taken.add(slot);
              expect(taken.size > before).toBe(before < free);
            } else {
              taken.delete([...taken][step % Math.max(1, taken.size)] ?? -1);
            }
          }
        },
      ),
    );
  });

  it('never lets racing holds, each working from its own stale read, exceed the free places', () => {
    // Each racer reads the taken slots, then tries its free slots in order; an insert into a
    // taken slot fails, like the unique index. Releases happen at any point in between.
    type Racer = { candidates: number[] | null; won: boolean; done: boolean };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 200 }),
        (free, carried, racerCount, schedule) => {
          const taken = new Set(carried);
          const granted = new Set<number>();
          const racers: Racer[] = Array.from({ length: racerCount }, () => ({
            candidates: null,
            won: false,
            done: false,
          }));
          for (const pick of schedule) {
            if (pick >= racerCount * 4) {
              // A release of any taken slot (a decline, a withdrawal, an expiry).
              const victim = [...taken][pick % Math.max(1, taken.size)];
              if (victim !== undefined) {
                taken.delete(victim);
                granted.delete(victim);
              }
              continue;
            }
            const racer = racers[pick % racerCount];
            if (!racer || racer.done) continue;
            if (racer.candidates === null) {
              racer.candidates = [...holdWindow(free, taken).freeSlots];
              continue;
            }
            const slot = racer.candidates.shift();
            if (slot === undefined) {
              racer.done = true;
            } else if (!taken.has(slot)) {
              taken.add(slot);
              granted.add(slot);
              racer.won = true;
              racer.done = true;
            }
            if (granted.size > 0) expect(taken.size).toBeLessThanOrEqual(free);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
