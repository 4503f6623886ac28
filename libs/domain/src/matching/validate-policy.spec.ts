import { DEFAULT_MATCHING_POLICY } from './default-policy';
import { aPolicy } from './testing/factories';
import { validateMatchingPolicy } from './validate-policy';

describe('validateMatchingPolicy', () => {
  it('accepts the default policy: top 5, at most 2 per provider', () => {
    expect(validateMatchingPolicy(DEFAULT_MATCHING_POLICY)).toEqual([]);
    expect(DEFAULT_MATCHING_POLICY.shortlistSize).toBe(5);
    expect(DEFAULT_MATCHING_POLICY.maxOptionsPerProvider).toBe(2);
  });

  it('accepts a weight of 0: an administrator may switch a component off', () => {
    expect(validateMatchingPolicy(aPolicy({ weights: { language: 0 } }))).toEqual([]);
  });

  it('names every field that is wrong', () => {
    const problems = validateMatchingPolicy(
      aPolicy({
        weights: { distance: -1, freshness: Number.NaN },
        distanceHalfLifeKm: 0,
        waitingHalfLifeWeeks: -2,
        staleAfterDays: Infinity,
        shortlistSize: 0,
        maxOptionsPerProvider: 1.5,
      }),
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      'weights.distance',
      'weights.freshness',
      'distanceHalfLifeKm',
      'waitingHalfLifeWeeks',
      'staleAfterDays',
      'shortlistSize',
      'maxOptionsPerProvider',
    ]);
    expect(problems[0]).toEqual({
      field: 'weights.distance',
      message: 'Vul een getal van 0 of meer in.',
    });
  });

  it('rejects a shortlist too long to explain', () => {
    expect(validateMatchingPolicy(aPolicy({ shortlistSize: 50 }))).toEqual([]);
    expect(validateMatchingPolicy(aPolicy({ shortlistSize: 51 }))).toHaveLength(1);
  });
});
