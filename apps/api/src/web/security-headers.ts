import helmet from 'helmet';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '@wmo/config';

/** The queue dashboard's path (apps/api/src/queue-board), ADMIN only. */
const QUEUE_BOARD_PATH = /^\/admin\/queues(\/|$)/;

/**
 * Security headers for pages and API alike. The CSP allows only our own scripts, styles, fonts
 * and connections (the GraphQL WebSocket is same-origin): no inline script, no third party.
 * The queue dashboard (bull-board) alone may also use inline styles (its loading screen and
 * components set them); its web font from a third party stays refused (system fonts instead).
 */
export function securityHeaders(config: AppConfig) {
  const everywhere = headers(config, false);
  const queueBoard = headers(config, true);
  return (req: Request, res: Response, next: NextFunction) =>
    (QUEUE_BOARD_PATH.test(req.path) ? queueBoard : everywhere)(req, res, next);
}

function headers(config: AppConfig, inlineStyles: boolean) {
  const https = config.PUBLIC_BASE_URL?.startsWith('https:') ?? false;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: inlineStyles ? ["'self'", "'unsafe-inline'"] : ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only where the public address is https (a local demo runs on plain http).
    strictTransportSecurity: https ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
}
