import fc from 'fast-check';
import { evaluateOffering } from './evaluate-offering';
import type { MatchableOffering } from './matching.types';
import { rankOfferings } from './rank-offerings';
import { mayChangeOptions, summarizeShown } from './shortlist-reach';
import { MUNICIPALITIES, PRODUCTS, SPECIALISMS, scenario } from './testing/arbitraries';
import { anOffering, aPolicy, aRequest, daysBefore, TEST_NOW } from './testing/factories';

/** Any change to one offering: new fields, or the offering removed, or a new one added. */
const changeArb = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom('edit', 'edit', 'edit', 'remove', 'add'),
  fields: fc.record(
    {
      productCode: fc.constantFrom(...PRODUCTS),
      specialisms: fc.subarray(SPECIALISMS),
      municipalitiesServed: fc.subarray(MUNICIPALITIES),
      freePlaces: fc.integer({ min: 0, max: 4 }),
      heldPlaces: fc.integer({ min: 0, max: 3 }),
      waitingWeeks: fc.integer({ min: 0, max: 20 }),
      maxTravelKm: fc.option(fc.integer({ min: 3, max: 40 }), { nil: null }),
      capacityUpdatedAt: fc
        .double({ min: 0, max: 60, noNaN: true })
        .map((days) => daysBefore(TEST_NOW, days)),
    },
    { requiredKeys: [] },
  ),
});

/**
 * Runs changes through mayChangeOptions; each it rules out must leave the options as they were.
 * Returns how many it ruled out, and how many of those passed the filters before or after.
 */
function ruledOutChangesKeepTheOptions(
  scenarios: typeof scenario,
  numRuns = 1000,
): {
  ruledOut: number;
  passing: number;
} {
  let ruledOut = 0;
  let passing = 0;
  fc.assert(
    fc.property(scenarios, changeArb, ({ request, offerings, policy }, change) => {
      const index = change.pick % offerings.length;
      const original = offerings[index] as MatchableOffering;
      const before = change.kind === 'add' ? undefined : original;
      const after =
        change.kind === 'remove'
          ? undefined
          : { ...original, ...change.fields, ...(change.kind === 'add' ? { id: 'new' } : {}) };
      const id = (before ?? after)?.id as string;
      const was = rankOfferings(request, offerings, policy, TEST_NOW);
      const evaluate = (offering?: MatchableOffering) =>
        offering && evaluateOffering(request, offering, policy, TEST_NOW);
      const shown = summarizeShown(was.options, policy.shortlistSize);
      const [judgedBefore, judgedAfter] = [evaluate(before), evaluate(after)];
      if (mayChangeOptions(request, shown, id, judgedBefore, judgedAfter)) return;
      ruledOut++;
      if (judgedBefore?.passed || judgedAfter?.passed) passing++;
      const rest = offerings.filter((offering) => offering.id !== before?.id);
      const now = rankOfferings(request, after ? [...rest, after] : rest, policy, TEST_NOW);
      expect(now.options).toEqual(was.options);
    }),
    { numRuns },
  );
  return { ruledOut, passing };
}

describe('mayChangeOptions', () => {
  it('keeps the options exactly whenever it rules a change out', () => {
    // The property must have been put to the test, not only skipped.
    expect(ruledOutChangesKeepTheOptions(scenario).ruledOut).toBeGreaterThan(50);
  });

  it('rules changes out for CRISIS requests without a waiting list while a place is shown', () => {
    const crisis = scenario.map((drawn) => ({
      ...drawn,
      request: { ...drawn.request, urgency: 'CRISIS' as const, acceptsWaitingList: false },
    }));
    // Passing offerings are the ones the fallback kept in before: now ruled out as for others.
    // Before fallbackInPlay, none of these was ruled out.
    expect(ruledOutChangesKeepTheOptions(crisis, 3000).passing).toBeGreaterThan(5);
  });

  it('rules out an offering that fails before and after, whatever filter it fails', () => {
    const request = aRequest({ financing: 'PGB' });
    const before = anOffering({ financing: ['ZIN'] });
    const after = { ...before, freePlaces: 0 };
    const evaluate = (offering: MatchableOffering) =>
      evaluateOffering(request, offering, aPolicy(), TEST_NOW);
    const shown = summarizeShown([], 5);
    expect(mayChangeOptions(request, shown, before.id, evaluate(before), evaluate(after))).toBe(
      false,
    );
  });

  it('keeps a shown offering that leaves, and one with no known shortlist, in', () => {
    const request = aRequest();
    const offering = anOffering();
    const passing = evaluateOffering(request, offering, aPolicy(), TEST_NOW);
    const shownWith = { offeringIds: [offering.id], full: false, worst: null };
    expect(mayChangeOptions(request, shownWith, offering.id, passing, undefined)).toBe(true);
    expect(mayChangeOptions(request, undefined, offering.id, undefined, passing)).toBe(true);
  });
});
