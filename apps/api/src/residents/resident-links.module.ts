import { Module } from '@nestjs/common';
import { PersistenceModule } from '@wmo/persistence';
import { ResidentLinkAuthenticator } from './resident-link-authenticator';

/** Resident link tokens: needed by authentication, so kept apart from the resident resolvers. */
@Module({
  imports: [PersistenceModule],
  providers: [ResidentLinkAuthenticator],
  exports: [ResidentLinkAuthenticator],
})
export class ResidentLinksModule {}
