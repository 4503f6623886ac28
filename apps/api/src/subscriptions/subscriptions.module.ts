import { Module } from '@nestjs/common';
import { PersistenceModule } from '@wmo/persistence';
import { ResidentLinksModule } from '../residents/resident-links.module';
import { ShortlistSubscriptionResolver } from './shortlist-subscription.resolver';
import { ShortlistUpdates } from './shortlist-updates';

/** Live shortlist updates over graphql-ws, fed by the worker's events on Redis. */
@Module({
  imports: [PersistenceModule, ResidentLinksModule],
  providers: [ShortlistUpdates, ShortlistSubscriptionResolver],
})
export class SubscriptionsModule {}
