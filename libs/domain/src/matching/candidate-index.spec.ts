import fc from 'fast-check';
import { CandidateIndex } from './candidate-index';
import type { MatchableOffering } from './matching.types';
import { rankOfferings } from './rank-offerings';
import { MUNICIPALITIES, PRODUCTS, SPECIALISMS, scenario } from './testing/arbitraries';
import { anOffering, aPolicy, aRequest, TEST_NOW } from './testing/factories';

/** A change to one offering of the list: a new version of it, or its removal. */
type Change =
  | { readonly kind: 'remove'; readonly pick: number }
  | { readonly kind: 'put'; readonly pick: number; readonly fields: Partial<MatchableOffering> };

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('put' as const),
    pick: fc.nat(),
    fields: fc.record(
      {
        productCode: fc.constantFrom(...PRODUCTS),
        specialisms: fc.subarray(SPECIALISMS),
        municipalitiesServed: fc.subarray(MUNICIPALITIES),
        freePlaces: fc.integer({ min: 0, max: 4 }),
        waitingWeeks: fc.integer({ min: 0, max: 20 }),
      },
      { requiredKeys: [] },
    ),
  }),
);

/** Applies the changes to a plain list and to the index alike. */
function applyChanges(
  offerings: readonly MatchableOffering[],
  changes: readonly Change[],
  index: CandidateIndex,
): MatchableOffering[] {
  const current = new Map(offerings.map((offering) => [offering.id, offering]));
  for (const change of changes) {
    const ids = [...current.keys()];
    if (ids.length === 0) break;
    const id = ids[change.pick % ids.length] as string;
    if (change.kind === 'remove') {
      current.delete(id);
      index.remove(id);
    } else {
      const next = { ...(current.get(id) as MatchableOffering), ...change.fields };
      current.set(id, next);
      index.put(next);
    }
  }
  return [...current.values()];
}

describe('CandidateIndex', () => {
  it('ranks exactly as rankOfferings over every offering, "why not" counts included', () => {
    fc.assert(
      fc.property(scenario, ({ request, offerings, policy }) => {
        const index = new CandidateIndex();
        for (const offering of offerings) index.put(offering);
        expect(index.rank(request, policy, TEST_NOW, 'all')).toEqual(
          rankOfferings(request, offerings, policy, TEST_NOW),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("ranks exactly as rankOfferings over the request's product (what the worker ranks)", () => {
    fc.assert(
      fc.property(scenario, ({ request, offerings, policy }) => {
        const index = new CandidateIndex();
        for (const offering of offerings) index.put(offering);
        const ofProduct = offerings.filter((o) => o.productCode === request.productCode);
        expect(index.rank(request, policy, TEST_NOW)).toEqual(
          rankOfferings(request, ofProduct, policy, TEST_NOW),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('stays exact while offerings change product, specialisms, municipalities and places', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.array(changeArb, { maxLength: 30 }),
        ({ request, offerings, policy }, changes) => {
          const index = new CandidateIndex();
          for (const offering of offerings) index.put(offering);
          // Rank once before the changes so that cached counts exist and must be forgotten.
          index.rank(request, policy, TEST_NOW, 'all');
          const now = applyChanges(offerings, changes, index);
          expect(index.size).toBe(now.length);
          expect(index.rank(request, policy, TEST_NOW, 'all')).toEqual(
            rankOfferings(request, now, policy, TEST_NOW),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('judges only the offerings of the product that serve the municipality', () => {
    const index = new CandidateIndex();
    const here = anOffering({ municipalitiesServed: ['GM0402', 'GM0402'] });
    index.put(here);
    index.put(anOffering({ municipalitiesServed: ['GM0406'] }));
    index.put(anOffering({ productCode: 'HBH' }));
    expect(index.candidateCount(aRequest())).toBe(1);
    const ranked = index.rank(aRequest(), aPolicy(), TEST_NOW, 'all');
    expect(ranked.options.map((option) => option.offeringId)).toEqual([here.id]);
    expect(ranked.exclusions.filter((e) => e.count > 0).map((e) => [e.code, e.count])).toEqual([
      ['PRODUCT', 1],
      ['MUNICIPALITY', 1],
    ]);
  });

  it('counts a non-serving offering without the specialism under SPECIALISM, the first filter', () => {
    const index = new CandidateIndex();
    index.put(anOffering({ municipalitiesServed: ['GM0406'], specialisms: [] }));
    index.put(anOffering({ municipalitiesServed: ['GM0406'], specialisms: ['NAH'] }));
    index.put(anOffering({ specialisms: [] }));
    const ranked = index.rank(aRequest({ specialisms: ['NAH'] }), aPolicy(), TEST_NOW);
    expect(ranked.exclusions.filter((e) => e.count > 0).map((e) => [e.code, e.count])).toEqual([
      ['SPECIALISM', 2],
      ['MUNICIPALITY', 1],
    ]);
    expect(ranked.consideredCount).toBe(3);
  });

  it('forgets a removed offering and the old version of a replaced one', () => {
    const index = new CandidateIndex();
    const offering = anOffering();
    index.put(offering);
    index.put({ ...offering, municipalitiesServed: ['GM0406'] });
    expect(index.candidateCount(aRequest())).toBe(0);
    index.remove(offering.id);
    expect(index.size).toBe(0);
    expect(index.offeringsOf(offering.productCode)).toEqual([]);
    expect(index.rank(aRequest(), aPolicy(), TEST_NOW).consideredCount).toBe(0);
  });
});
