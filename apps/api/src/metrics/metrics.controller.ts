import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, HttpStatus, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { Public } from '../auth/allow.decorator';
import { ApiMetrics } from './api-metrics';

/**
 * Prometheus scrape endpoint. With METRICS_TOKEN set it wants `Authorization: Bearer <token>`;
 * without one it is open outside production and not served in production.
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
    const token = this.config.METRICS_TOKEN;
    if (!token && this.config.NODE_ENV === 'production') {
      res.status(HttpStatus.NOT_FOUND).end();
      return;
    }
    if (token && !sameSecret(req.headers.authorization ?? '', `Bearer ${token}`)) {
      res.status(HttpStatus.UNAUTHORIZED).end();
      return;
    }
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
