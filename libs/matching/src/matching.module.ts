import { Module } from '@nestjs/common';
import { PersistenceModule } from '@wmo/persistence';
import { AffectedRequests } from './affected-requests';
import { OfferingCatalog } from './offering-catalog';
import { ShortlistEvents } from './shortlist-events';
import { ShortlistRecompute } from './shortlist-recompute';

@Module({
  imports: [PersistenceModule],
  providers: [OfferingCatalog, ShortlistRecompute, AffectedRequests, ShortlistEvents],
  exports: [OfferingCatalog, ShortlistRecompute, AffectedRequests, ShortlistEvents],
})
export class MatchingModule {}
