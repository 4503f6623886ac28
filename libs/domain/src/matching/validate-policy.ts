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

export interface PolicyProblem {
  /** The policy field it is about, dotted: "weights.distance", "shortlistSize". */
  readonly field: string;
  /** Plain Dutch, shown next to that field. */
  readonly message: string;
}

/**
 * Problems with a policy an administrator wants to save, each naming the field it is about. An
 * empty list means the policy can be used.
 */
export function validateMatchingPolicy(policy: MatchingPolicy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  for (const name of WEIGHT_NAMES) {
    const weight = policy.weights[name];
    if (!Number.isFinite(weight) || weight < 0) {
      problem(`weights.${name}`, 'Vul een getal van 0 of meer in.');
    }
  }
  if (!isPositive(policy.distanceHalfLifeKm)) {
    problem('distanceHalfLifeKm', 'Vul een getal groter dan 0 in.');
  }
  if (!isPositive(policy.waitingHalfLifeWeeks)) {
    problem('waitingHalfLifeWeeks', 'Vul een getal groter dan 0 in.');
  }
  if (!isPositive(policy.staleAfterDays)) {
    problem('staleAfterDays', 'Vul een getal groter dan 0 in.');
  }
  if (!isWholeNumberBetween(policy.shortlistSize, 1, MAX_SHORTLIST_SIZE)) {
    problem('shortlistSize', `Vul een heel getal van 1 tot en met ${MAX_SHORTLIST_SIZE} in.`);
  }
  if (!isWholeNumberBetween(policy.maxOptionsPerProvider, 1, Number.MAX_SAFE_INTEGER)) {
    problem('maxOptionsPerProvider', 'Vul een heel getal van 1 of meer in.');
  }
  return problems;
}
