import type { Queue } from 'bullmq';

/**
 * A queue whose payloads are those of one job contract (e.g. MatchingJobPayloads). Names stay
 * strings (BullMQ types job scheduler ids as names); the producers' methods pair each name with
 * its payload.
 */
export type TypedQueue<Payloads> = Queue<Payloads[keyof Payloads]>;
