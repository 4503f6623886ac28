import { Module } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerModule, ThrottlerStorage } from '@nestjs/throttler';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@wmo/config';
import type { ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '../auth/request-context';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const MINUTE_MS = 60_000;

/** The limit per minute for the caller of this operation: generous for people at work. */
function callerLimit(config: AppConfig) {
  return (context: ExecutionContext): number => {
    const { req } = GqlExecutionContext.create(context).getContext<{
      req?: AuthenticatedRequest;
    }>();
    const kind = req?.actor?.kind;
    if (!kind) return config.RATE_LIMIT_ANONYMOUS_PER_MINUTE;
    return kind === 'RESIDENT'
      ? config.RATE_LIMIT_RESIDENT_PER_MINUTE
      : config.RATE_LIMIT_USER_PER_MINUTE;
  };
}

/**
 * @nestjs/throttler on /graphql with its counts in Redis (shared by every api instance). Its
 * guard, GraphqlThrottlerGuard, is registered in AppModule right after the access guard, so it
 * knows the caller.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [ConfigModule],
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          { name: 'graphql', ttl: MINUTE_MS, limit: callerLimit(config), blockDuration: MINUTE_MS },
        ],
      }),
    }),
    ConfigModule,
  ],
  providers: [
    RedisThrottlerStorage,
    { provide: ThrottlerStorage, useExisting: RedisThrottlerStorage },
  ],
  exports: [ThrottlerModule, ThrottlerStorage],
})
export class ThrottlingModule {}
