import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Every setting of api and worker. Documented in the README's configuration table. */
export const appConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    // The worker's own HTTP server (health and metrics); 0 = any free port (tests).
    WORKER_HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// or mongodb+srv:// URI'),
    MONGODB_DB: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,63}$/)
      .default('wmo'),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
    ACCESS_TOKEN_TTL_SECONDS: positiveInt(900),
    // A browser session ends this many hours after login, however active (a working day).
    SESSION_MAX_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(12),
    // A refresh token not used for this long expires (the open web app refreshes every few minutes).
    SESSION_IDLE_MINUTES: positiveInt(120),
    // A spent refresh token that comes back within this many seconds is a second tab, not theft.
    SESSION_REUSE_GRACE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
    // Only turn off behind plain http on a host other than localhost (never in production).
    SESSION_COOKIE_SECURE: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    // Where the built web app is; unset: next to the api's build (dist/web). Missing: API only.
    WEB_DIST_DIR: z.string().min(1).optional(),
    // Days; decimals allowed (0.5 is twelve hours).
    RESIDENT_LINK_TTL_DAYS: z.coerce.number().positive().max(90).default(14),
    // Where residents open their link; unset: http://localhost:PORT.
    PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
    BOOTSTRAP_ADMIN_EMAIL: z.email().optional(),
    BOOTSTRAP_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9{}_-]+$/)
      .default('{wmo}'),
    WORKER_CONCURRENCY: positiveInt(4),
    // How long a referral holds a place: working days (Mon–Fri), or seconds when set (tests, demos).
    HOLD_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(5),
    HOLD_DURATION_SECONDS: z.coerce.number().int().positive().optional(),
    GRAPHQL_MAX_DEPTH: positiveInt(10),
    GRAPHQL_MAX_ALIASES: positiveInt(30),
    GRAPHQL_MAX_COST: positiveInt(20000),
    GRAPHQL_MAX_TOKENS: positiveInt(3000),
    // Requests to /graphql per minute: per signed-in user, per resident link, per anonymous client.
    RATE_LIMIT_USER_PER_MINUTE: positiveInt(1200),
    RATE_LIMIT_RESIDENT_PER_MINUTE: positiveInt(120),
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: positiveInt(120),
    // Proxies in front of the api whose X-Forwarded-For is trusted (0: use the peer address).
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    // Bearer token for GET /metrics; unset: open outside production, not served in production.
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    // E-mail notifications over SMTP: a URL (smtp://user:pass@host:587, smtps://…) or a host.
    // Neither set: e-mail is off and notifications are only shown in the app.
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    EMAIL_FROM: z.string().min(3).default('Wmo-matchingplatform <noreply@localhost>'),
    // How long one worker may hold an e-mail before another may try it (it aborts its own send
    // before then); also the SMTP timeouts are derived from it.
    EMAIL_CLAIM_LEASE_SECONDS: z.coerce.number().int().min(3).max(3600).default(120),
    // How often the worker looks for notifications to send on a schedule (hold ending, stale
    // capacity reports) and e-mails that a lost job left behind.
    NOTIFICATION_SWEEP_SECONDS: z.coerce.number().int().min(1).max(86400).default(300),
    // Privacy (docs/privacy.md): finished requests are anonymised this long after their last
    // change; audit entries are kept this long.
    REQUEST_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
    AUDIT_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(730),
    // How often the worker runs the retention job.
    RETENTION_EVERY_SECONDS: z.coerce.number().int().min(1).max(604800).default(86400),
    // `none` replaces the audit log by a no-op: only for the audit benchmark's baseline.
    AUDIT_SINK: z.enum(['database', 'none']).default('database'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .superRefine((config, ctx) => {
    if (Boolean(config.BOOTSTRAP_ADMIN_EMAIL) !== Boolean(config.BOOTSTRAP_ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: ['BOOTSTRAP_ADMIN_PASSWORD'],
        message: 'BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD must be set together',
      });
    }
    if (config.AUDIT_SINK === 'none' && config.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['AUDIT_SINK'],
        message: 'the audit log cannot be turned off in production',
      });
    }
    if (config.SMTP_URL && config.SMTP_HOST) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_HOST'],
        message: 'set SMTP_URL or SMTP_HOST, not both',
      });
    }
  });

export type AppConfig = z.infer<typeof appConfigSchema>;

export class ConfigError extends Error {}

/** Validates the environment; throws one error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = appConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`,
  );
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}
