import { Module } from '@nestjs/common';
import { PersistenceModule } from '@wmo/persistence';
import { AffectedRequests } from './affected-requests';
import { OfferingCatalog } from './offering-catalog';
import { ShortlistRecompute } from './shortlist-recompute';

@Module({
  imports: [PersistenceModule],
  providers: [OfferingCatalog, ShortlistRecompute, AffectedRequests],
  exports: [OfferingCatalog, ShortlistRecompute, AffectedRequests],
})
export class MatchingModule {}
