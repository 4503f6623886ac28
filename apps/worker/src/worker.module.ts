import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ConfigModule } from '@wmo/config';
import { MatchingModule } from '@wmo/matching';
import { NotificationsModule } from '@wmo/notifications';
import { PersistenceModule } from '@wmo/persistence';
import { loggingModule, ShutdownState } from '@wmo/observability';
import { QueueModule } from '@wmo/queue';
import { AnnouncementDrainer } from './announcement-drainer';
import { MatchingJobHandlerSet } from './matching-job-handlers';
import { MatchingWorker } from './matching-worker';
import { WorkerHealthController } from './http/worker-health.controller';
import { WorkerMetrics } from './http/worker-metrics';
import { WorkerMetricsController } from './http/worker-metrics.controller';
import { EmailDelivery } from './notifications/email-delivery';
import { EmailTransport } from './notifications/email-transport';
import { NotificationJobHandlerSet } from './notifications/notification-job-handlers';
import { NotificationSweep } from './notifications/notification-sweep';
import { NotificationWorker } from './notifications/notification-worker';
import { HoldExpiry } from './referral-expiry';
import { ReferralJobHandlerSet } from './referral-job-handlers';
import { ReferralWorker } from './referral-worker';
import { RedisRecovery } from './redis-recovery';
import { DataRetention } from './retention/data-retention';
import { RetentionJobHandlerSet } from './retention/retention-job-handlers';
import { RetentionWorker } from './retention/retention-worker';

@Module({
  imports: [
    ConfigModule,
    loggingModule('worker'),
    PersistenceModule,
    MatchingModule,
    QueueModule,
    NotificationsModule,
    TerminusModule,
  ],
  // The worker's small HTTP surface (WORKER_HTTP_PORT): health probes and Prometheus metrics.
  controllers: [WorkerHealthController, WorkerMetricsController],
  providers: [
    MatchingJobHandlerSet,
    MatchingWorker,
    HoldExpiry,
    ReferralJobHandlerSet,
    ReferralWorker,
    EmailTransport,
    EmailDelivery,
    NotificationSweep,
    NotificationJobHandlerSet,
    NotificationWorker,
    AnnouncementDrainer,
    RedisRecovery,
    WorkerMetrics,
    ShutdownState,
    DataRetention,
    RetentionJobHandlerSet,
    RetentionWorker,
  ],
})
export class WorkerModule {}
