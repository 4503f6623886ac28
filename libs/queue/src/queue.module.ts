import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { MatchingQueue } from './matching-queue';
import { NotificationQueue } from './notification-queue';
import { QUEUE_REGISTRATIONS } from './queue-registrations';
import { RedisConnections } from './redis/redis-connections';
import { RedisModule } from './redis/redis.module';
import { ReferralQueue } from './referral-queue';
import { RetentionQueue } from './retention-queue';

/**
 * The platform's queues, registered with BullMQ through Nest on the process's shared `queue`
 * connection; the producers wrap them in typed methods. Api and worker both import it: the
 * worker's processors take the same queues' connection and prefix.
 */
@Module({
  imports: [
    RedisModule,
    BullModule.forRootAsync({
      inject: [RedisConnections],
      useFactory: (redis: RedisConnections) => ({
        connection: redis.connection('queue'),
        prefix: redis.prefix,
      }),
    }),
    BullModule.registerQueue(...QUEUE_REGISTRATIONS),
  ],
  providers: [MatchingQueue, ReferralQueue, NotificationQueue, RetentionQueue],
  exports: [MatchingQueue, ReferralQueue, NotificationQueue, RetentionQueue, BullModule],
})
export class QueueModule {}
