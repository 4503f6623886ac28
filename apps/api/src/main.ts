import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import { json } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '@wmo/config';
import { requestLogger } from '@wmo/observability';
import { AppModule } from './app.module';
import { tokenLimit } from './graphql/token-limit.middleware';
import { ApiMetrics } from './metrics/api-metrics';
import { closeGracefullyOnSignals } from './shutdown/graceful-shutdown';
import { securityHeaders } from './web/security-headers';
import { serveWebApp } from './web/web-app';

async function bootstrap(): Promise<void> {
  // Fail fast, before anything connects, with a message naming every bad variable.
  const config = loadConfig(process.env);
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  // First: every answer, even one from the middleware below, has a request id and a line.
  app.use(requestLogger('api', config.LOG_LEVEL));
  app.disable('x-powered-by');
  // The anonymous rate limit counts per client address: behind proxies, name how many.
  if (config.TRUST_PROXY_HOPS > 0) app.set('trust proxy', config.TRUST_PROXY_HOPS);
  app.use(securityHeaders(config));
  app.use(cookieParser());
  // An HSDS file of the region's social map is megabytes; every other body stays small.
  app.use('/exchange/hsds', json({ limit: '20mb' }));
  app.useBodyParser('json', { limit: '100kb' });
  app.use(app.get(ApiMetrics).timing);
  app.use('/graphql', tokenLimit(config.GRAPHQL_MAX_TOKENS));
  serveWebApp(app, config, logger);
  closeGracefullyOnSignals(app, logger);
  await app.listen(config.PORT, '0.0.0.0');
  logger.log(`api listening on port ${config.PORT}`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
