import { Controller, Get } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { Connection } from 'mongoose';
import { flag, pingDatabase, probe, ShutdownState } from '@wmo/observability';
import { MatchingQueue } from '@wmo/queue';
import { Public } from '../auth/allow.decorator';

/**
 * Liveness (`/health/live`): the process answers. Readiness (`/health/ready`, and `/health` and
 * `/ready` as before): 200 only while MongoDB answers, Redis answers on the queue's connection
 * and no SIGTERM has arrived; 503 otherwise, and 200 again by itself once they are back.
 */
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @InjectConnection() private readonly mongo: Connection,
    private readonly queue: MatchingQueue,
    private readonly shutdown: ShutdownState,
  ) {}

  @Public()
  @Get('health/live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Public()
  @Get(['health/ready', 'health', 'ready'])
  @HealthCheck()
  ready() {
    return this.health.check([
      () => probe(this.indicators, 'mongodb', () => pingDatabase(this.mongo)),
      () => probe(this.indicators, 'redis', () => this.queue.ping()),
      () => flag(this.indicators, 'accepting', () => !this.shutdown.isShuttingDown),
    ]);
  }
}
