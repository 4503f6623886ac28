import { timingSafeEqual } from 'node:crypto';

export type MetricsAccess = 'allowed' | 'unauthorized' | 'not-served';

/**
 * Who may scrape /metrics: with METRICS_TOKEN set, `Authorization: Bearer <token>`; without one,
 * anyone outside production and nobody in production.
 */
export function metricsAccess(
  config: { METRICS_TOKEN?: string | undefined; NODE_ENV: string },
  authorization: string | undefined,
): MetricsAccess {
  const token = config.METRICS_TOKEN;
  if (!token) return config.NODE_ENV === 'production' ? 'not-served' : 'allowed';
  const given = Buffer.from(authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? 'allowed'
    : 'unauthorized';
}
