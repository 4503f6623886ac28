import type { MatchingPolicy, MatchingWeights } from './matching.types';

/** Beyond this, explaining every option costs more than a consultant can read. */
export const MAX_SHORTLIST_SIZE = 50;

const WEIGHT_NAMES: readonly (keyof MatchingWeights)[] = [
  'distance',
  'waitingTime',
  'specialismDepth',
  'language',
  'capacityHeadroom',
  'freshness',
];

function isPositive(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}

function isWholeNumberBetween(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Problems with a policy an administrator wants to save, in plain Dutch, each starting with the
 * field it is about. An empty list means the policy can be used.
 */
export function validateMatchingPolicy(policy: MatchingPolicy): string[] {
  const problems: string[] = [];
  for (const name of WEIGHT_NAMES) {
    const weight = policy.weights[name];
    if (!Number.isFinite(weight) || weight < 0) {
      problems.push(`weights.${name}: moet een getal van 0 of meer zijn`);
    }
  }
  if (!isPositive(policy.distanceHalfLifeKm)) {
    problems.push('distanceHalfLifeKm: moet een getal groter dan 0 zijn');
  }
  if (!isPositive(policy.waitingHalfLifeWeeks)) {
    problems.push('waitingHalfLifeWeeks: moet een getal groter dan 0 zijn');
  }
  if (!isPositive(policy.staleAfterDays)) {
    problems.push('staleAfterDays: moet een getal groter dan 0 zijn');
  }
  if (!isWholeNumberBetween(policy.shortlistSize, 1, MAX_SHORTLIST_SIZE)) {
    problems.push(`shortlistSize: moet een heel getal van 1 tot en met ${MAX_SHORTLIST_SIZE} zijn`);
  }
  if (!isWholeNumberBetween(policy.maxOptionsPerProvider, 1, Number.MAX_SAFE_INTEGER)) {
    problems.push('maxOptionsPerProvider: moet een heel getal van 1 of meer zijn');
  }
  return problems;
}
