import { Module } from '@nestjs/common';
import { MatchingModule } from '@wmo/matching';
import { PersistenceModule } from '@wmo/persistence';
import { OfferingReadCache } from './offering-read-cache';
import { ShortlistReadCache } from './shortlist-read-cache';

/** The api's read caches (see the README's "Caches"): one instance each per process. */
@Module({
  imports: [PersistenceModule, MatchingModule],
  providers: [ShortlistReadCache, OfferingReadCache],
  exports: [ShortlistReadCache, OfferingReadCache],
})
export class ReadCachesModule {}
