import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  CALLERS,
  OPERATION_POLICY,
  type Caller,
  type Outcome,
} from '../../apps/api/src/auth/operation-policy';
import { graphql, graphqlOk } from '../support/graphql-client';
import { testEnv } from '../support/test-env';
import { OPERATION_CASES, type OperationCase } from './operation-cases';
import { aPolicyFixture, type PolicyFixture } from './policy-fixture';

type Kind = 'query' | 'mutation' | 'subscription';
interface Operation {
  readonly name: string;
  readonly kind: Kind;
}
interface Answer {
  readonly code?: string;
  readonly value?: unknown;
  /** A subscription that neither pushed nor refused within the quiet period. */
  readonly quiet?: boolean;
}

/** A refusal arrives within milliseconds; a subscription still quiet after this is running. */
const SUBSCRIPTION_QUIET_MS = 2_000;
/** A subscription that starts with the current state (a shortlist) must push it by then. */
const SUBSCRIPTION_FIRST_PUSH_MS = 20_000;
/** graphql-ws closes a socket whose connection params carry no valid token with this code. */
const CONNECTION_REFUSED = 4403;

/** Every Query, Mutation and Subscription field the running api serves. */
async function liveOperations(): Promise<Operation[]> {
  const roots = await graphqlOk<{
    __schema: Record<string, { fields: { name: string }[] } | null>;
  }>(`{ __schema {
    queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } }
  } }`);
  const of = (kind: Kind, type: string) =>
    (roots.__schema[type]?.fields ?? []).map(({ name }) => ({ name, kind }));
  return [
    ...of('query', 'queryType'),
    ...of('mutation', 'mutationType'),
    ...of('subscription', 'subscriptionType'),
  ];
}

function tokenOf(fx: PolicyFixture, caller: Caller): string | undefined {
  return caller === 'ANONYMOUS' ? undefined : fx.tokens[caller];
}

async function overHttp(document: string, variables: object, token?: string): Promise<Answer> {
  const response = await graphql<Record<string, unknown>>(document, { ...variables }, token);
  const code = response.errors?.[0]?.extensions?.code;
  if (response.errors?.length) return { code: code ?? `HTTP ${response.status}` };
  return { value: Object.values(response.data ?? {})[0] ?? null };
}

function overSocket(
  document: string,
  variables: object,
  token: string | undefined,
  quietMs: number,
): Promise<Answer> {
  const client = createClient({
    url: `${testEnv().apiUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  return new Promise<Answer>((resolve) => {
    const timer = setTimeout(() => resolve({ quiet: true }), quietMs);
    const settle = (answer: Answer) => {
      clearTimeout(timer);
      resolve(answer);
    };
    client.subscribe<Record<string, unknown>>(
      { query: document, variables: { ...variables } },
      {
        next: (result) =>
          settle(
            result.errors?.length
              ? { code: String(result.errors[0]?.extensions?.code ?? 'ERROR') }
              : { value: Object.values(result.data ?? {})[0] ?? null },
          ),
        error: (error) => {
          if (Array.isArray(error)) {
            const first = error[0] as { extensions?: { code?: string } } | undefined;
            return settle({ code: first?.extensions?.code ?? 'ERROR' });
          }
          const closed = (error as { code?: number }).code;
          settle({ code: closed === CONNECTION_REFUSED ? 'UNAUTHENTICATED' : `SOCKET ${closed}` });
        },
        complete: () => undefined,
      },
    );
  }).finally(() => client.dispose());
}

/** What a cell answered, in the policy table's words. */
function outcomeOf(answer: Answer, which: OperationCase, fx: PolicyFixture, caller: Caller) {
  if (answer.code) return answer.code;
  if (answer.quiet) return which.shows ? 'EMPTY' : 'ALLOWED';
  if (answer.value === null || answer.value === undefined) return 'EMPTY';
  if (which.shows) return which.shows(answer.value, fx, caller) ? 'ALLOWED' : 'EMPTY';
  return 'ALLOWED';
}

describe('who may call which operation (apps/api/src/auth/operation-policy.ts)', () => {
  let operations: Operation[];
  let fx: PolicyFixture;

  beforeAll(async () => {
    operations = await liveOperations();
    fx = await aPolicyFixture();
  });

  it('has a policy row and a test case for every operation, and none for an operation that is gone', () => {
    const live = operations.map((operation) => operation.name).sort();
    expect(live.filter((name) => !OPERATION_POLICY[name])).toEqual([]);
    expect(live.filter((name) => !OPERATION_CASES[name])).toEqual([]);
    expect(Object.keys(OPERATION_POLICY).filter((name) => !live.includes(name))).toEqual([]);
    expect(Object.keys(OPERATION_CASES).filter((name) => !live.includes(name))).toEqual([]);
  });

  // Before the cells below: their mutations add offerings and referrals to provider A.
  it('lets a provider list exactly its own offerings and referrals, without knowing an id', async () => {
    const offeringsOf = async (caller: Caller) =>
      (
        await graphqlOk<{ myOfferings: { edges: { node: { id: string } }[] } }>(
          '{ myOfferings(first: 100) { edges { node { id } } } }',
          {},
          tokenOf(fx, caller),
        )
      ).myOfferings.edges.map((edge) => edge.node.id);
    const referralsOf = async (caller: Caller) =>
      (
        await graphqlOk<{
          referrals: { edges: { node: { id: string; offering: { id: string } } }[] };
        }>(
          '{ referrals(first: 100) { edges { node { id offering { id } } } } }',
          {},
          tokenOf(fx, caller),
        )
      ).referrals.edges.map((edge) => edge.node);

    expect((await offeringsOf('PROVIDER')).sort()).toEqual(
      [fx.offeringId, fx.localOfferingId].sort(),
    );
    expect(await offeringsOf('PROVIDER_OTHER')).toEqual([fx.otherOfferingId]);

    const own = await referralsOf('PROVIDER');
    expect(own.map((referral) => referral.id)).toContain(fx.referralId);
    expect(new Set(own.map((referral) => referral.offering.id))).toEqual(new Set([fx.offeringId]));
    expect(await referralsOf('PROVIDER_OTHER')).toEqual([]);
  });

  it('answers every role × operation cell as the policy table says, through the real api', async () => {
    const wrong: string[] = [];
    const check = async (operation: Operation, caller: Caller) => {
      const expected: Outcome | undefined = OPERATION_POLICY[operation.name]?.[caller];
      const which = OPERATION_CASES[operation.name];
      if (!expected || !which) return; // reported by the test above
      const variables = (await which.variables?.(fx, { caller, expected })) ?? {};
      const token = tokenOf(fx, caller);
      const answer =
        operation.kind === 'subscription'
          ? await overSocket(
              which.document,
              variables,
              token,
              which.shows ? SUBSCRIPTION_FIRST_PUSH_MS : SUBSCRIPTION_QUIET_MS,
            )
          : await overHttp(which.document, variables, token);
      const actual = outcomeOf(answer, which, fx, caller);
      if (actual !== expected) {
        wrong.push(`${operation.name} as ${caller}: expected ${expected}, got ${actual}`);
      }
    };
    // Queries first: the mutations' refused cells name the fixture's own request and referral,
    // and a wrongly allowed one would change what later cells see.
    // One operation at a time, its callers side by side: each cell that succeeds has a target
    // of its own, and the refused ones change nothing.
    const order: Kind[] = ['query', 'mutation'];
    for (const kind of order) {
      for (const operation of operations.filter((op) => op.kind === kind)) {
        await Promise.all(CALLERS.map((caller) => check(operation, caller)));
      }
    }
    // A running subscription shows itself only by staying quiet: those cells wait side by side.
    await Promise.all(
      operations
        .filter((operation) => operation.kind === 'subscription')
        .flatMap((operation) => CALLERS.map((caller) => check(operation, caller))),
    );
    const cells = operations.length * CALLERS.length;
    console.log(
      `operation policy: ${operations.length} operations × ${CALLERS.length} callers = ${cells} cells`,
    );
    expect(wrong).toEqual([]);
  });
});
