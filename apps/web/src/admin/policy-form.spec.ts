import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { MatchingPolicyInput } from '../gql/schema-types';
import {
  parseDutchNumber,
  policyServerProblems,
  readPolicyForm,
  toPolicyForm,
  weightsTotal,
  type PolicyForm,
} from './policy-form';

const policy: MatchingPolicyInput = {
  weights: {
    distance: 30,
    waitingTime: 25,
    specialismDepth: 10,
    language: 10,
    capacityHeadroom: 15,
    freshness: 10,
  },
  distanceHalfLifeKm: 5,
  waitingHalfLifeWeeks: 2.5,
  staleAfterDays: 14,
  shortlistSize: 5,
  maxOptionsPerProvider: 2,
};

const form = toPolicyForm(policy);
const withField = (field: keyof PolicyForm, value: string): PolicyForm => ({
  ...form,
  [field]: value,
});

describe('the matching policy form', () => {
  it('shows the policy in force with Dutch decimals and reads it back unchanged', () => {
    expect(form.waitingHalfLifeWeeks).toBe('2,5');
    expect(form.distance).toBe('30');
    expect(readPolicyForm(form)).toEqual({ input: policy, problems: null });
  });

  it('reads a comma or a point as the decimal mark', () => {
    expect(parseDutchNumber('2,5')).toBe(2.5);
    expect(parseDutchNumber(' 2.5 ')).toBe(2.5);
    expect(parseDutchNumber('-1')).toBe(-1);
    for (const text of ['', 'twee', '2,5,1', '1e3', '2,', ',5', '1 000']) {
      expect(parseDutchNumber(text)).toBeNull();
    }
    expect(readPolicyForm(withField('distanceHalfLifeKm', '7,5')).input?.distanceHalfLifeKm).toBe(
      7.5,
    );
  });

  it('keeps every number within the limits the server checks, with a message per field', () => {
    const cases: [keyof PolicyForm, string, string][] = [
      ['distance', '-1', 'Vul een getal van 0 tot en met 1000 in.'],
      ['freshness', '1001', 'Vul een getal van 0 tot en met 1000 in.'],
      ['distanceHalfLifeKm', '0', 'Vul een afstand van 0,1 tot en met 500 km in.'],
      ['waitingHalfLifeWeeks', '521', 'Vul een wachttijd van 0,1 tot en met 520 weken in.'],
      ['staleAfterDays', '1,5', 'Vul een heel aantal dagen in, van 1 tot en met 365.'],
      ['shortlistSize', '51', 'Vul een heel getal van 1 tot en met 50 in.'],
      ['maxOptionsPerProvider', '0', 'Vul een heel getal van 1 tot en met 50 in.'],
      ['language', '', 'Vul een getal in.'],
      ['capacityHeadroom', 'veel', 'Vul een getal in, zoals 25 of 2,5.'],
    ];
    for (const [field, value, message] of cases) {
      expect(readPolicyForm(withField(field, value))).toEqual({
        input: null,
        problems: { [field]: message },
      });
    }
  });

  it('accepts a weight of 0 (that part then does not count) and the edges of each range', () => {
    expect(readPolicyForm(withField('language', '0')).problems).toBeNull();
    expect(readPolicyForm(withField('distance', '1000')).problems).toBeNull();
    expect(readPolicyForm(withField('distanceHalfLifeKm', '0,1')).problems).toBeNull();
    expect(readPolicyForm(withField('shortlistSize', '50')).problems).toBeNull();
  });

  it('adds up the weights to the points of a perfect option', () => {
    expect(weightsTotal(form)).toBe(100);
    expect(weightsTotal(withField('distance', '30,3'))).toBe(100.3);
    expect(weightsTotal(withField('distance', 'x'))).toBeNull();
  });

  it('puts the server’s errors next to the field, also inside the weights', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Dit getal is te klein.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.weights.language' },
        },
        {
          message: 'Dit getal is te groot.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.shortlistSize' },
        },
      ],
    });
    expect(policyServerProblems(error)).toEqual({
      language: 'Dit getal is te klein.',
      shortlistSize: 'Dit getal is te groot.',
    });
  });
});
