import { eventually } from './support/eventually';
import { graphql, graphqlOk, onlyError } from './support/graphql-client';
import { createUser, loginAsAdmin } from './support/scenario';

/**
 * Amsterdam (Weesp): no suite's requests live there. Nothing here changes its policy (every
 * update is refused); the browser test (tests/web/admin.test.ts) changes it through the page.
 */
const MUNICIPALITY = 'GM0363';

const POLICY = `query($code: String!) {
  matchingPolicy(municipalityCode: $code) {
    weights { distance waitingTime specialismDepth language capacityHeadroom freshness }
    distanceHalfLifeKm waitingHalfLifeWeeks staleAfterDays shortlistSize maxOptionsPerProvider
  }
}`;

const UPDATE = `mutation($code: String!, $input: MatchingPolicyInput!) {
  updateMatchingPolicy(municipalityCode: $code, input: $input) { version }
}`;

const STATUS = `{ matchingStatus { measuredAt pending backlog waiting active delayed failed
  lastSweep { startedAt finishedAt trigger checked outOfDate failed } } }`;

interface Policy {
  weights: Record<string, number>;
  distanceHalfLifeKm: number;
  waitingHalfLifeWeeks: number;
  staleAfterDays: number;
  shortlistSize: number;
  maxOptionsPerProvider: number;
}

interface Status {
  measuredAt: string;
  lastSweep: { finishedAt: string; trigger: string; checked: number; outOfDate: number } | null;
}

const policyOf = async (token: string) =>
  (await graphqlOk<{ matchingPolicy: Policy }>(POLICY, { code: MUNICIPALITY }, token))
    .matchingPolicy;

function inputOf(policy: Policy) {
  return {
    weights: policy.weights,
    distanceHalfLifeKm: policy.distanceHalfLifeKm,
    waitingHalfLifeWeeks: policy.waitingHalfLifeWeeks,
    staleAfterDays: policy.staleAfterDays,
    shortlistSize: policy.shortlistSize,
    maxOptionsPerProvider: policy.maxOptionsPerProvider,
  };
}

describe('matching policy and status for administrators', () => {
  it('names the field of a wrong number, also inside the weights', async () => {
    const admin = await loginAsAdmin();
    const input = inputOf(await policyOf(admin));
    const negative = onlyError(
      await graphql(
        UPDATE,
        { code: MUNICIPALITY, input: { ...input, weights: { ...input.weights, language: -1 } } },
        admin,
      ),
    );
    expect(negative.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.weights.language',
      requestId: expect.any(String),
    });
    expect(negative.message).toBe('Dit getal is te klein.');
    const tooLong = onlyError(
      await graphql(UPDATE, { code: MUNICIPALITY, input: { ...input, shortlistSize: 51 } }, admin),
    );
    expect(tooLong.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.shortlistSize',
      requestId: expect.any(String),
    });
    const unknown = onlyError(await graphql(UPDATE, { code: 'GM9999', input }, admin));
    expect(unknown.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'municipalityCode',
      requestId: expect.any(String),
    });
    const staff = await createUser(admin, { role: 'STAFF', municipalityCodes: [MUNICIPALITY] });
    expect(
      onlyError(await graphql(UPDATE, { code: MUNICIPALITY, input }, staff.token)).extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('says when the status was measured, and shows the result of a sweep an administrator starts', async () => {
    const admin = await loginAsAdmin();
    const first = (await graphqlOk<{ matchingStatus: Status }>(STATUS, {}, admin)).matchingStatus;
    expect(Math.abs(Date.now() - Date.parse(first.measuredAt))).toBeLessThan(60_000);
    const second = (await graphqlOk<{ matchingStatus: Status }>(STATUS, {}, admin)).matchingStatus;
    expect(Date.parse(second.measuredAt)).toBeGreaterThanOrEqual(Date.parse(first.measuredAt));

    const before = second.lastSweep?.finishedAt ?? '';
    expect(await graphqlOk(`mutation { startSweep }`, {}, admin)).toEqual({ startSweep: true });
    const swept = await eventually(
      async () => (await graphqlOk<{ matchingStatus: Status }>(STATUS, {}, admin)).matchingStatus,
      (status) => (status.lastSweep?.finishedAt ?? '') > before,
      { timeoutMs: 60_000, intervalMs: 250, what: 'the sweep to finish' },
    );
    expect(swept.lastSweep).toMatchObject({ trigger: 'admin' });
    expect(swept.lastSweep?.checked).toBeGreaterThanOrEqual(0);
  });
});
