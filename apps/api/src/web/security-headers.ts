import helmet from 'helmet';
import type { AppConfig } from '@wmo/config';

/**
 * Security headers for pages and API alike. The CSP allows only our own scripts, styles, fonts
 * and connections (the GraphQL WebSocket is same-origin): no inline script, no third party.
 */
export function securityHeaders(config: AppConfig) {
  const https = config.PUBLIC_BASE_URL?.startsWith('https:') ?? false;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
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
