import type { MatchingPolicyInput, MatchingWeightsInput } from '../gql/schema-types';
import { fieldErrors } from '../shared/errors';
import { formatNumberInput } from '../shared/format';
import { pickFields, type Problems } from '../shared/form-problems';
import { POLICY_TEXT } from './texts';

export type WeightField = keyof MatchingWeightsInput;
export type SettingField = Exclude<keyof MatchingPolicyInput, 'weights'>;
export type PolicyField = WeightField | SettingField;

export const WEIGHT_FIELDS: readonly WeightField[] = [
  'distance',
  'waitingTime',
  'specialismDepth',
  'language',
  'capacityHeadroom',
  'freshness',
];

export const SETTING_FIELDS: readonly SettingField[] = [
  'distanceHalfLifeKm',
  'waitingHalfLifeWeeks',
  'staleAfterDays',
  'shortlistSize',
  'maxOptionsPerProvider',
];

export const POLICY_FIELDS: readonly PolicyField[] = [...WEIGHT_FIELDS, ...SETTING_FIELDS];

/** What a person typed in each field, as typed ("2,5"). */
export type PolicyForm = Readonly<Record<PolicyField, string>>;

export const POLICY_INPUT_IDS = Object.fromEntries(
  POLICY_FIELDS.map((field) => [field, `policy-${field}`]),
) as Readonly<Record<PolicyField, string>>;

interface Rule {
  readonly min: number;
  readonly max: number;
  readonly whole: boolean;
  readonly message: string;
}

const problem = POLICY_TEXT.problems;

/** The api's limits (MatchingPolicyInput), with the message that says them in plain Dutch. */
const RULES: Readonly<Record<PolicyField, Rule>> = {
  ...(Object.fromEntries(
    WEIGHT_FIELDS.map((field) => [
      field,
      { min: 0, max: 1000, whole: false, message: problem.weight },
    ]),
  ) as Record<WeightField, Rule>),
  distanceHalfLifeKm: { min: 0.1, max: 500, whole: false, message: problem.distanceHalfLifeKm },
  waitingHalfLifeWeeks: {
    min: 0.1,
    max: 520,
    whole: false,
    message: problem.waitingHalfLifeWeeks,
  },
  staleAfterDays: { min: 1, max: 365, whole: true, message: problem.staleAfterDays },
  shortlistSize: { min: 1, max: 50, whole: true, message: problem.shortlistSize },
  maxOptionsPerProvider: { min: 1, max: 50, whole: true, message: problem.maxOptionsPerProvider },
};

const NUMBER = /^-?\d+([.,]\d+)?$/;

/** "2,5", "2.5" and " 25 " are numbers; anything else is not (null). */
export function parseDutchNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}

/** The policy in force, as the form shows it. */
export function toPolicyForm(policy: MatchingPolicyInput): PolicyForm {
  const form = {} as Record<PolicyField, string>;
  for (const field of WEIGHT_FIELDS) form[field] = formatNumberInput(policy.weights[field]);
  for (const field of SETTING_FIELDS) form[field] = formatNumberInput(policy[field]);
  return form;
}

function check(field: PolicyField, text: string): { value: number } | { problem: string } {
  if (!text.trim()) return { problem: problem.missing };
  const value = parseDutchNumber(text);
  if (value === null) return { problem: problem.notANumber };
  const rule = RULES[field];
  if (value < rule.min || value > rule.max || (rule.whole && !Number.isInteger(value))) {
    return { problem: rule.message };
  }
  return { value };
}

/** The form as the api's input, or the mistakes by field when there are any. */
export function readPolicyForm(
  form: PolicyForm,
):
  | { input: MatchingPolicyInput; problems: null }
  | { input: null; problems: Problems<PolicyField> } {
  const problems: Problems<PolicyField> = {};
  const values = {} as Record<PolicyField, number>;
  for (const field of POLICY_FIELDS) {
    const result = check(field, form[field]);
    if ('problem' in result) problems[field] = result.problem;
    else values[field] = result.value;
  }
  if (Object.keys(problems).length > 0) return { input: null, problems };
  const weights = Object.fromEntries(
    WEIGHT_FIELDS.map((field) => [field, values[field]]),
  ) as unknown as MatchingWeightsInput;
  return {
    input: {
      weights,
      distanceHalfLifeKm: values.distanceHalfLifeKm,
      waitingHalfLifeWeeks: values.waitingHalfLifeWeeks,
      staleAfterDays: values.staleAfterDays,
      shortlistSize: values.shortlistSize,
      maxOptionsPerProvider: values.maxOptionsPerProvider,
    },
    problems: null,
  };
}

/** The points of a perfect option: the sum of the weights typed so far (null while one is not a number). */
export function weightsTotal(form: PolicyForm): number | null {
  let total = 0;
  for (const field of WEIGHT_FIELDS) {
    const value = parseDutchNumber(form[field]);
    if (value === null) return null;
    total += value;
  }
  return Math.round(total * 10) / 10;
}

/** The server's field errors: "input.weights.distance" and "input.shortlistSize" alike. */
export function policyServerProblems(error: unknown): Problems<PolicyField> {
  return {
    ...pickFields(fieldErrors(error, 'input.'), SETTING_FIELDS),
    ...pickFields(fieldErrors(error, 'input.weights.'), WEIGHT_FIELDS),
  };
}
