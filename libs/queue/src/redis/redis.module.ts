import { Global, Module } from '@nestjs/common';
import { RedisConnections } from './redis-connections';

/**
 * Redis connections for every service of a process. Global, so it shuts down after the
 * modules whose queues, workers and listeners still use its connections while they stop.
 */
@Global()
@Module({
  providers: [RedisConnections],
  exports: [RedisConnections],
})
export class RedisModule {}
