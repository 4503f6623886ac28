import { Module } from '@nestjs/common';
import { HoldRepository, PersistenceModule } from '@wmo/persistence';
import { AffectedRequests } from './affected-requests';
import { HELD_PLACES } from './held-places';
import { MatchingRedis } from './matching-redis';
import { OfferingCache } from './offering-cache';
import { OfferingCatalog } from './offering-catalog';
import { PolicyBook } from './policy-book';
import { RequestBook } from './request-book';
import { ShortlistEvents } from './shortlist-events';
import { ShortlistRecompute } from './shortlist-recompute';
import { ShortlistSweep } from './shortlist-sweep';

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
];

@Module({
  imports: [PersistenceModule],
  // Referrals hold places: the engine offers only what is free and not held.
  providers: [...services, { provide: HELD_PLACES, useExisting: HoldRepository }],
  exports: services,
})
export class MatchingModule {}
