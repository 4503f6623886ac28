import { Module } from '@nestjs/common';
import { MatchingModule } from '@wmo/matching';
import { NotificationsModule } from '@wmo/notifications';
import { PersistenceModule } from '@wmo/persistence';
import { OptionScoreResolver, ReasonPointsResolver } from './internal-figures.resolver';
import { PreferredOfferingResolver } from './preferred-offering.resolver';
import { RequestResidentLinksResolver } from './request-resident-links.resolver';
import { ResidentLinkResolver } from './resident-link.resolver';
import { ResidentLinkService } from './resident-link.service';
import { ResidentResolver } from './resident.resolver';
import { ResidentService } from './resident.service';

/** Personal links for residents, their own shortlist view and their preference. */
@Module({
  imports: [PersistenceModule, MatchingModule, NotificationsModule],
  providers: [
    ResidentLinkService,
    ResidentLinkResolver,
    ResidentService,
    ResidentResolver,
    PreferredOfferingResolver,
    RequestResidentLinksResolver,
    OptionScoreResolver,
    ReasonPointsResolver,
  ],
})
export class ResidentsModule {}
