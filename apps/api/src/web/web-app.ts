import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LoggerService } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@wmo/config';
import type { NextFunction, Request, Response } from 'express';

/** Paths the api itself answers; everything else that asks for a page gets the web app. */
const API_PATHS = /^\/(graphql|health|ready|metrics|exchange|admin\/queues)(\/|$)/;
const RESIDENT_PAGE = /^\/inwoner\/?$/;

/** Where `vite build` puts the web app, relative to this file in dist/. */
export function webDistDir(config: AppConfig): string {
  return config.WEB_DIST_DIR ?? join(__dirname, '..', '..', '..', '..', 'web');
}

/**
 * Serves the built web app: hashed assets cached for a year, the two pages never cached. The
 * resident page (`/inwoner#<token>`) is its own entry, so a resident's phone loads none of the
 * staff screens. Missing build: the api runs without the web app and says so.
 */
export function serveWebApp(
  app: NestExpressApplication,
  config: AppConfig,
  logger: LoggerService,
): void {
  const dir = webDistDir(config);
  if (!existsSync(join(dir, 'index.html'))) {
    logger.warn(`web app not found in ${dir}: serving the API only`, 'WebApp');
    return;
  }
  app.useStaticAssets(join(dir, 'assets'), {
    prefix: '/assets/',
    index: false,
    immutable: true,
    maxAge: '365d',
    fallthrough: false,
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) {
      return next();
    }
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, RESIDENT_PAGE.test(req.path) ? 'inwoner.html' : 'index.html'));
  });
}
