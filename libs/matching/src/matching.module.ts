import { Module } from '@nestjs/common';
import { HoldRepository, PersistenceModule } from '@wmo/persistence';
import { QueueModule } from '@wmo/queue';
import { AnnouncementDrain } from './announcement-drain';
import { AffectedRequests } from './affected-requests';
import { BacklogDrain } from './backlog-drain';
import { HELD_PLACES } from './held-places';
import { MatchingAnnouncer } from './matching-announcer';
import { MatchingRedis } from './matching-redis';
import { OfferingCache } from './offering-cache';
import { OfferingCatalog } from './offering-catalog';
import { OpenRequestRanking } from './open-request-ranking';
import { CoverageReporter } from './coverage-report';
import { DemandReporter } from './demand-report';
import { PolicyBook } from './policy-book';
import { RequestBook } from './request-book';
import { ShortlistEvents } from './shortlist-events';
import { ShortlistHeads } from './shortlist-heads';
import { ShortlistReader } from './shortlist-reader';
import { ShortlistRecompute } from './shortlist-recompute';
import { ShortlistSweep } from './shortlist-sweep';
import { WhyNotCounts } from './why-not-counts';

const services = [
  MatchingRedis,
  OfferingCatalog,
  OfferingCache,
  RequestBook,
  PolicyBook,
  ShortlistRecompute,
  ShortlistSweep,
  AffectedRequests,
  ShortlistEvents,
  ShortlistHeads,
  ShortlistReader,
  BacklogDrain,
  OpenRequestRanking,
  CoverageReporter,
  DemandReporter,
  MatchingAnnouncer,
  AnnouncementDrain,
  WhyNotCounts,
];

@Module({
  imports: [PersistenceModule, QueueModule],
  // Referrals hold places: the engine offers only what is free and not held.
  providers: [...services, { provide: HELD_PLACES, useExisting: HoldRepository }],
  exports: services,
})
export class MatchingModule {}
