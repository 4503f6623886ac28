import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { APP_CONFIG, ConfigModule } from '@wmo/config';
import { MatchingModule } from '@wmo/matching';
import { loggingModule, ShutdownState } from '@wmo/observability';
import { PersistenceModule, ProviderRepository, UserRepository } from '@wmo/persistence';
import { QueueModule } from '@wmo/queue';
import { auditProviders } from './audit/audit.providers';
import { AccessGuard } from './auth/access.guard';
import { AccessModule } from './auth/access.module';
import { AccessTokenService } from './auth/access-token.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { SessionResolver } from './auth/session.resolver';
import { SessionService } from './auth/session.service';
import { LoginThrottle } from './auth/login-throttle';
import { ExchangeController } from './exchange/exchange.controller';
import { HsdsExchangeService } from './exchange/hsds-exchange.service';
import { PlacementExportService } from './exchange/placement-export.service';
import { graphqlOptions } from './graphql/graphql-options';
import { createValidationPipe } from './graphql/validation.pipe';
import { ClientErrorFilter } from './graphql/client-error.filter';
import { GraphqlThrottlerGuard } from './throttling/graphql-throttler.guard';
import { ThrottlingModule } from './throttling/throttling.module';
import { QueueBoardModule } from './queue-board/queue-board.module';
import { HealthController } from './health/health.controller';
import { CoverageResolver } from './insight/coverage.resolver';
import { ApiMetrics } from './metrics/api-metrics';
import { MetricsController } from './metrics/metrics.controller';
import { MatchingPolicyResolver } from './matching/matching-policy.resolver';
import { MatchingStatusResolver } from './matching/matching-status.resolver';
import { NotificationsApiModule } from './notifications/notifications-api.module';
import { OfferingFreshnessResolver } from './offerings/offering-freshness.resolver';
import { OfferingResolver } from './offerings/offering.resolver';
import { OwnOfferingsResolver } from './offerings/own-offerings.resolver';
import { OfferingSearch } from './offerings/offering-search';
import { OfferingService } from './offerings/offering.service';
import { ProviderResolver } from './providers/provider.resolver';
import { ReferenceResolver } from './reference/reference.resolver';
import { ReferralsModule } from './referrals/referrals.module';
import { RequestResolver } from './requests/request.resolver';
import { RequestService } from './requests/request.service';
import { ShortlistExclusionsResolver } from './requests/shortlist-exclusions.resolver';
import { ReadCachesModule } from './requests/caches/read-caches.module';
import { OfferingReadCache } from './requests/caches/offering-read-cache';
import { RequestReadCache } from './requests/caches/request-read-cache';
import { ShortlistReadCache } from './requests/caches/shortlist-read-cache';
import { ShortlistOptionResolver } from './requests/shortlist-option.resolver';
import { ResidentsModule } from './residents/residents.module';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';
import { UserResolver } from './users/user.resolver';

@Module({
  imports: [
    ConfigModule,
    loggingModule('api'),
    TerminusModule,
    PersistenceModule,
    QueueModule,
    MatchingModule,
    ReferralsModule,
    AccessModule,
    ResidentsModule,
    SubscriptionsModule,
    ThrottlingModule,
    NotificationsApiModule,
    QueueBoardModule,
    DiscoveryModule,
    ReadCachesModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [PersistenceModule, AccessModule, ReadCachesModule],
      inject: [
        APP_CONFIG,
        ProviderRepository,
        OfferingReadCache,
        AccessTokenService,
        UserRepository,
        RequestReadCache,
        ShortlistReadCache,
      ],
      useFactory: graphqlOptions,
    }),
  ],
  controllers: [HealthController, MetricsController, ExchangeController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    // After the access guard (global guards run in this order): it counts per known caller.
    { provide: APP_GUARD, useClass: GraphqlThrottlerGuard },
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: ClientErrorFilter },
    ShutdownState,
    AuthService,
    AuthResolver,
    SessionService,
    SessionResolver,
    LoginThrottle,
    ApiMetrics,
    ReferenceResolver,
    UserResolver,
    ProviderResolver,
    OfferingService,
    OfferingSearch,
    OfferingResolver,
    OwnOfferingsResolver,
    OfferingFreshnessResolver,
    RequestService,
    RequestResolver,
    ShortlistOptionResolver,
    ShortlistExclusionsResolver,
    MatchingPolicyResolver,
    MatchingStatusResolver,
    CoverageResolver,
    PlacementExportService,
    HsdsExchangeService,
    ...auditProviders,
  ],
})
export class AppModule {}
