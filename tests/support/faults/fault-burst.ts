import { graphql } from '../graphql-client';
import { aFaultRequestInput, type FaultWorld } from './fault-world';

/** One capacity report sent during a burst, and whether the api answered it with success. */
export interface CapacityAttempt {
  readonly freePlaces: number;
  readonly waitingWeeks: number;
  answered: boolean;
}

export interface BurstRecord {
  /** Per offering, in the order sent (each offering is reported by one lane, one at a time). */
  readonly capacity: Map<string, CapacityAttempt[]>;
  /** Requests whose creation was answered with success. */
  readonly created: string[];
  /** Error codes of failed mutations; `NETWORK` when no answer came (api down). */
  readonly errors: string[];
  answered: number;
}

const REQUESTS_PER_LANE = 3;

/**
 * A burst of updateCapacity (most) and createRequest calls in `lanes` parallel lanes until
 * stopped. Each lane reports only its own offerings, one call at a time, so the last answered
 * report of an offering is the one that must be stored (or a later one that got no answer).
 */
export function startBurst(world: FaultWorld, apiUrl: string, lanes = 3) {
  const record: BurstRecord = { capacity: new Map(), created: [], errors: [], answered: 0 };
  let stopping = false;
  const lane = async (index: number) => {
    const own = world.offerings.filter((_, i) => i % lanes === index);
    let requests = 0;
    while (!stopping) {
      const makeRequest = requests < REQUESTS_PER_LANE && world.random.next() < 0.2;
      if (makeRequest) requests++;
      const ok = makeRequest
        ? await createRequest(world, apiUrl, record)
        : await reportCapacity(world, apiUrl, world.random.pick(own), record);
      // Without an api, do not spin.
      await new Promise((resolve) => setTimeout(resolve, ok ? 10 : 100));
    }
  };
  const running = Promise.all(Array.from({ length: lanes }, (_, index) => lane(index)));
  return {
    record,
    async stop(): Promise<BurstRecord> {
      stopping = true;
      await running;
      return record;
    },
  };
}

async function reportCapacity(
  world: FaultWorld,
  apiUrl: string,
  offeringId: string,
  record: BurstRecord,
): Promise<boolean> {
  const attempt: CapacityAttempt = {
    freePlaces: world.random.int(0, 4),
    waitingWeeks: world.random.int(0, 8),
    answered: false,
  };
  const attempts = record.capacity.get(offeringId) ?? [];
  attempts.push(attempt);
  record.capacity.set(offeringId, attempts);
  const { freePlaces, waitingWeeks } = attempt;
  const code = await send(
    apiUrl,
    `mutation($input: UpdateCapacityInput!) { updateCapacity(input: $input) { id } }`,
    { input: { offeringId, freePlaces, waitingWeeks } },
    world.admin,
  );
  attempt.answered = code === null;
  return settle(record, code);
}

async function createRequest(world: FaultWorld, apiUrl: string, record: BurstRecord) {
  let id: string | undefined;
  const code = await send(
    apiUrl,
    `mutation($input: CreateRequestInput!) { createRequest(input: $input) { id } }`,
    { input: aFaultRequestInput(world.random) },
    world.staff,
    (data) => {
      id = (data as { createRequest?: { id: string } }).createRequest?.id;
    },
  );
  if (code === null && id) {
    record.created.push(id);
    world.requests.push(id);
  }
  return settle(record, code);
}

function settle(record: BurstRecord, code: string | null): boolean {
  if (code === null) record.answered++;
  else record.errors.push(code);
  return code === null;
}

/** null on success, otherwise the error code (`NETWORK` when the api did not answer). */
async function send(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
  onData: (data: unknown) => void = () => undefined,
): Promise<string | null> {
  try {
    const result = await graphql(query, variables, token, apiUrl);
    if (result.errors?.length) return result.errors[0]?.extensions?.code ?? 'NO_CODE';
    onData(result.data);
    return null;
  } catch {
    return 'NETWORK';
  }
}
