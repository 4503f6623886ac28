import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { auditModels, auditProviders } from './audit/audit-persistence';
import { AnnouncementOutboxRepository } from './announcements/announcement-outbox.repository';
import {
  ANNOUNCEMENT_OUTBOX_MODEL,
  announcementOutboxSchema,
} from './announcements/announcement-outbox.schema';
import { capacityEventSchema, CAPACITY_EVENT_MODEL } from './offerings/capacity-event.schema';
import { OfferingRepository } from './offerings/offering.repository';
import { offeringSchema, OFFERING_MODEL } from './offerings/offering.schema';
import { ProviderRepository } from './providers/provider.repository';
import { notificationModels, notificationProviders } from './notifications';
import { referralModels, referralProviders } from './referrals/referral-persistence';
import { providerSchema, PROVIDER_MODEL } from './providers/provider.schema';
import { SupportRequestRepository } from './requests/support-request.repository';
import { supportRequestSchema, SUPPORT_REQUEST_MODEL } from './requests/support-request.schema';
import { ResidentLinkRepository } from './resident-links/resident-link.repository';
import { residentLinkSchema, RESIDENT_LINK_MODEL } from './resident-links/resident-link.schema';
import { ShortlistRepository } from './shortlists/shortlist.repository';
import { shortlistSchema, SHORTLIST_MODEL } from './shortlists/shortlist.schema';
import { MatchingPolicyRepository } from './matching-policies/matching-policy.repository';
import {
  MATCHING_POLICY_MODEL,
  matchingPolicySchema,
} from './matching-policies/matching-policy.schema';
import {
  SESSION_MODEL,
  SESSION_TOKEN_MODEL,
  SESSION_TOKEN_SPEND_MODEL,
  sessionSchema,
  sessionTokenSchema,
  sessionTokenSpendSchema,
} from './sessions/session.schema';
import { SessionRepository } from './sessions/session.repository';
import { UserRepository } from './users/user.repository';
import { BulkLoader } from './bulk/bulk-loader';
import { CoverageSnapshotRepository } from './insight/coverage-snapshot.repository';
import {
  COVERAGE_SNAPSHOT_MODEL,
  coverageSnapshotSchema,
} from './insight/coverage-snapshot.schema';
import { userSchema, USER_MODEL } from './users/user.schema';

const repositories = [
  ProviderRepository,
  OfferingRepository,
  SupportRequestRepository,
  ShortlistRepository,
  UserRepository,
  ResidentLinkRepository,
  MatchingPolicyRepository,
  SessionRepository,
  CoverageSnapshotRepository,
  BulkLoader,
  AnnouncementOutboxRepository,
  ...referralProviders,
  ...notificationProviders,
  ...auditProviders,
];

/** The only module that talks to MongoDB. */
@Module({
  imports: [
    MongooseModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        uri: config.MONGODB_URI,
        dbName: config.MONGODB_DB,
        serverSelectionTimeoutMS: 5_000,
        // Fail requests fast while the database is away instead of queueing them forever.
        bufferCommands: false,
      }),
    }),
    MongooseModule.forFeature([
      { name: PROVIDER_MODEL, schema: providerSchema },
      { name: OFFERING_MODEL, schema: offeringSchema },
      { name: CAPACITY_EVENT_MODEL, schema: capacityEventSchema },
      { name: SUPPORT_REQUEST_MODEL, schema: supportRequestSchema },
      { name: SHORTLIST_MODEL, schema: shortlistSchema },
      { name: RESIDENT_LINK_MODEL, schema: residentLinkSchema },
      { name: USER_MODEL, schema: userSchema },
      { name: MATCHING_POLICY_MODEL, schema: matchingPolicySchema },
      { name: SESSION_MODEL, schema: sessionSchema },
      { name: SESSION_TOKEN_MODEL, schema: sessionTokenSchema },
      { name: SESSION_TOKEN_SPEND_MODEL, schema: sessionTokenSpendSchema },
      { name: COVERAGE_SNAPSHOT_MODEL, schema: coverageSnapshotSchema },
      { name: ANNOUNCEMENT_OUTBOX_MODEL, schema: announcementOutboxSchema },
      ...referralModels,
      ...notificationModels,
      ...auditModels,
    ]),
  ],
  providers: repositories,
  exports: repositories,
})
export class PersistenceModule {}
