import { Controller, Get, HttpStatus, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { metricsAccess } from '@wmo/observability';
import { WorkerMetrics } from './worker-metrics';

/** Prometheus scrape endpoint of the worker, guarded like the api's (METRICS_TOKEN). */
@Controller()
export class WorkerMetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: WorkerMetrics,
  ) {}

  @Get('metrics')
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    const access = metricsAccess(this.config, req.headers.authorization);
    if (access !== 'allowed') {
      res.status(access === 'unauthorized' ? HttpStatus.UNAUTHORIZED : HttpStatus.NOT_FOUND).end();
      return;
    }
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
