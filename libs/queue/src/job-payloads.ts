import type { ShortlistCause } from '@wmo/domain';
import { MatchingJob } from './queue-names';

export interface OfferingChangedJob {
  readonly offeringId: string;
  readonly cause: ShortlistCause;
}

export interface RequestChangedJob {
  readonly requestId: string;
  readonly cause: ShortlistCause;
}

export interface RecomputeShortlistJob {
  readonly requestId: string;
  readonly cause: ShortlistCause;
}

/** The payload of each matching job; producers and handlers share it. */
export interface MatchingJobPayloads {
  [MatchingJob.OfferingChanged]: OfferingChangedJob;
  [MatchingJob.RequestChanged]: RequestChangedJob;
  [MatchingJob.RecomputeShortlist]: RecomputeShortlistJob;
}

/** A handler for every job name: the compiler rejects a missing one. */
export type MatchingJobHandlers = {
  readonly [K in MatchingJob]: (payload: MatchingJobPayloads[K]) => Promise<unknown>;
};
