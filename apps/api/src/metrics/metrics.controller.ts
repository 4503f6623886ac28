import { Controller, Get, HttpStatus, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { metricsAccess } from '@wmo/observability';
import { Public } from '../auth/allow.decorator';
import { ApiMetrics } from './api-metrics';

/**
 * Prometheus scrape endpoint. With METRICS_TOKEN set it wants `Authorization: Bearer <token>`;
 * without one it is open outside production and not served in production (`metricsAccess`,
 * shared with the worker's endpoint).
 */
@Controller()
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: ApiMetrics,
  ) {}

  @Public()
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
