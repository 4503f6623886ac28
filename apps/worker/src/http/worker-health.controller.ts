import { Controller, Get } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { Connection } from 'mongoose';
import { flag, pingDatabase, probe, ShutdownState } from '@wmo/observability';
import { MatchingQueue } from '@wmo/queue';
import { MatchingWorker } from '../matching-worker';

/**
 * Liveness: the process answers. Readiness: MongoDB and Redis answer, the in-memory books
 * (offerings, open requests, shortlist heads) are loaded, and no SIGTERM has arrived.
 */
@Controller('health')
export class WorkerHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @InjectConnection() private readonly mongo: Connection,
    private readonly queue: MatchingQueue,
    private readonly matching: MatchingWorker,
    private readonly shutdown: ShutdownState,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => probe(this.indicators, 'mongodb', () => pingDatabase(this.mongo)),
      () => probe(this.indicators, 'redis', () => this.queue.ping()),
      () => flag(this.indicators, 'books', () => this.matching.booksLoaded),
      () => flag(this.indicators, 'accepting', () => !this.shutdown.isShuttingDown),
    ]);
  }
}
