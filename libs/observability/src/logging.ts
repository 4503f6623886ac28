import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger as NestLogger, type DynamicModule } from '@nestjs/common';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@wmo/config';
import { Logger, LoggerModule, PinoLogger, type Params } from 'nestjs-pino';
import type { Logger as Pino } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { REDACTED_PATHS } from './log-redaction';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id';

export type AppName = 'api' | 'worker' | 'seed';
type LogLevel = AppConfig['LOG_LEVEL'];

/** Probes and scrapes come every few seconds: their lines would drown the rest. */
const QUIET_PATHS = /^\/(health|ready|metrics)(\/|$|\?)/;

/**
 * pino-http settings shared by api, worker and scripts: JSON lines with `app` and `msg`; a
 * request's own line and the lines logged with `RequestLog` carry its `requestId`; credentials
 * and client fields redacted; no query strings (they may carry input) and no bodies in the
 * request log line.
 */
export function loggingParams(app: AppName, level: LogLevel): Params {
  return {
    pinoHttp: {
      level,
      base: { app },
      messageKey: 'msg',
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const id = requestIdFor(req.headers[REQUEST_ID_HEADER]);
        res.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
      customAttributeKeys: { reqId: 'requestId' },
      // Lines logged during a request carry its id, not a copy of the whole request.
      quietReqLogger: true,
      autoLogging: { ignore: (req) => QUIET_PATHS.test(req.url ?? '') },
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug',
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  };
}

/** One per process and app: every line of the process goes through its logger. */
const requestLoggers = new Map<AppName, HttpLogger>();

/**
 * The request log middleware of an app (pino-http: the request id, its header, one line per
 * request, `req.log`). Mount it with `app.use`, before anything that answers.
 *
 * nestjs-pino's own middleware is not mounted: it binds each request to an AsyncLocalStorage
 * store, and on Node 20 a store in use makes every promise of the process run async hooks —
 * without them the api answers about a quarter more reads (bench/RESULTS.md section 12), and
 * the worker paid them on every recompute from its first health probe on. Lines about a request
 * that should carry its id are logged with `RequestLog`, from where the request is at hand.
 */
export function requestLogger(app: AppName, level: LogLevel): HttpLogger {
  let logger = requestLoggers.get(app);
  if (!logger) {
    const { pinoHttp: options } = loggingParams(app, level);
    logger = pinoHttp(options as Parameters<typeof pinoHttp>[0]);
    requestLoggers.set(app, logger);
  }
  return logger;
}

/**
 * The Nest logging module of an app (the `Logger` provider; lines outside a request). It logs
 * through the same pino logger as `requestLogger`, and mounts no middleware of its own.
 */
export function loggingModule(app: AppName): DynamicModule {
  return LoggerModule.forRootAsync({
    imports: [ConfigModule],
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig): Params => ({
      pinoHttp: { logger: requestLogger(app, config.LOG_LEVEL).logger },
      forRoutes: [],
    }),
  });
}

/** A Nest logger for a script without the logging module (demo seed). */
export function standaloneLogger(app: AppName, level: LogLevel): Logger {
  const params = loggingParams(app, level);
  return new Logger(new PinoLogger(params), params);
}

type Fields = Record<string, unknown>;

/**
 * Lines about one request: with its `requestId` (through pino-http's `req.log`) when the
 * request passed the request log middleware, otherwise through Nest's logger like any line.
 * `context` names the part that logs, as Nest's `Logger` does.
 */
export class RequestLog {
  private readonly fallback: NestLogger;

  constructor(private readonly context: string) {
    this.fallback = new NestLogger(context);
  }

  debug(req: unknown, fields: Fields): void {
    const log = logOf(req);
    if (log) log.debug({ context: this.context, ...fields });
    else this.fallback.debug(fields);
  }

  warn(req: unknown, message: string): void {
    const log = logOf(req);
    if (log) log.warn({ context: this.context }, message);
    else this.fallback.warn(message);
  }

  error(req: unknown, message: string, stack?: string): void {
    const log = logOf(req);
    if (log && stack) log.error({ context: this.context, err: errorWithStack(message, stack) });
    else if (log) log.error({ context: this.context }, message);
    else if (stack) this.fallback.error(message, stack);
    else this.fallback.error(message);
  }
}

/** As nestjs-pino logs `error(message, stack)`: an `err` with that message and stack. */
function errorWithStack(message: string, stack: string): Error {
  const error = new Error(message);
  error.stack = stack;
  return error;
}

function logOf(req: unknown): Pino | undefined {
  const log = (req as { log?: Pino } | null | undefined)?.log;
  return log && typeof log.child === 'function' ? log : undefined;
}
