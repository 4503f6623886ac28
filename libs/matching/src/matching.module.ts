import { Module } from '@nestjs/common';
import { HoldRepository, PersistenceModule } from '@wmo/persistence';
import { QueueModule } from '@wmo/queue';
import { AnnouncementDrain } from './recompute/announcement-drain';
import { AffectedRequests } from './recompute/affected-requests';
import { BacklogDrain } from './recompute/backlog-drain';
import { HELD_PLACES } from './read-model/held-places';
import { MatchingAnnouncer } from './recompute/matching-announcer';
import { MatchingRedis } from './shared/matching-redis';
import { OfferingCache } from './read-model/offering-cache';
import { OfferingCatalog } from './read-model/offering-catalog';
import { OpenRequestRanking } from './reads/open-request-ranking';
import { CoverageReporter } from './reads/coverage-report';
import { DemandReporter } from './reads/demand-report';
import { PolicyBook } from './read-model/policy-book';
import { RequestBook } from './read-model/request-book';
import { ShortlistEvents } from './recompute/shortlist-events';
import { ShortlistHeads } from './recompute/shortlist-heads';
import { ShortlistReader } from './reads/shortlist-reader';
import { ShortlistRecompute } from './recompute/shortlist-recompute';
import { ShortlistSweep } from './recompute/shortlist-sweep';
import { WhyNotCounts } from './reads/why-not-counts';

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
