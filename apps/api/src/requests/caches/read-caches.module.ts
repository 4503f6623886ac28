import { Module } from '@nestjs/common';
import { MatchingModule } from '@wmo/matching';
import { PersistenceModule } from '@wmo/persistence';
import { OfferingReadCache } from './offering-read-cache';
import { RequestReadCache } from './request-read-cache';
import { ShortlistReadCache } from './shortlist-read-cache';

/** The api's read caches (see the README's "Caches"): one instance each per process. */
@Module({
  imports: [PersistenceModule, MatchingModule],
  providers: [ShortlistReadCache, OfferingReadCache, RequestReadCache],
  exports: [ShortlistReadCache, OfferingReadCache, RequestReadCache],
})
export class ReadCachesModule {}
