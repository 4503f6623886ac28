import type { Offering, ShortlistCause } from '@wmo/domain';
import { MatchingJob } from './queue-names';

/** The parts of an offering that decide which requests it can reach and pass. */
export type OfferingSnapshot = Pick<
  Offering,
  | 'providerId'
  | 'productCode'
  | 'specialisms'
  | 'postcode'
  | 'municipalitiesServed'
  | 'maxTravelKm'
  | 'freePlaces'
  | 'waitingWeeks'
  | 'financing'
>;

export interface OfferingChangedJob {
  readonly offeringId: string;
  readonly cause: ShortlistCause;
  /** The offering before the change; absent for a new offering. */
  readonly previous?: OfferingSnapshot;
  /** The change's entry on the offering change stream (set by the producer). */
  readonly streamId?: string;
}

export interface RequestChangedJob {
  readonly requestId: string;
  readonly cause: ShortlistCause;
}

/** The backlog itself is in Redis (recompute-backlog.ts); the job wakes one partition's. */
export interface RecomputeBacklogJob {
  readonly partition: number;
}

export interface PolicyChangedJob {
  readonly municipalityCode: string;
}

export interface SweepJob {
  /** Who asked: the nightly schedule, an administrator, or a worker after Redis lost its data. */
  readonly trigger: 'schedule' | 'admin' | 'recovery';
}

export interface CoverageSnapshotJob {
  /** Who asked: the daily schedule or an administrator. */
  readonly trigger: 'schedule' | 'admin';
}

/** The payload of each matching job; producers and handlers share it. */
export interface MatchingJobPayloads {
  [MatchingJob.OfferingChanged]: OfferingChangedJob;
  [MatchingJob.RequestChanged]: RequestChangedJob;
  [MatchingJob.RecomputeBacklog]: RecomputeBacklogJob;
  [MatchingJob.PolicyChanged]: PolicyChangedJob;
  [MatchingJob.Sweep]: SweepJob;
  [MatchingJob.CoverageSnapshot]: CoverageSnapshotJob;
}

/** A handler for every job name: the compiler rejects a missing one. */
export type MatchingJobHandlers = {
  readonly [K in MatchingJob]: (payload: MatchingJobPayloads[K]) => Promise<unknown>;
};
