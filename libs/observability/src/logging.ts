import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DynamicModule } from '@nestjs/common';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@wmo/config';
import { Logger, LoggerModule, PinoLogger, type Params } from 'nestjs-pino';
import { REDACTED_PATHS } from './log-redaction';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id';

export type AppName = 'api' | 'worker' | 'seed';
type LogLevel = AppConfig['LOG_LEVEL'];

/** Probes and scrapes come every few seconds: their lines would drown the rest. */
const QUIET_PATHS = /^\/(health|ready|metrics)(\/|$|\?)/;

/**
 * pino-http settings shared by api, worker and scripts: JSON lines with `app`, `msg` and, inside
 * a request, that request's `requestId` on every line; credentials and client fields redacted;
 * no query strings (they may carry input) and no bodies in the request log line.
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

/** The Nest logging module of an app (request logging middleware and the `Logger` provider). */
export function loggingModule(app: AppName): DynamicModule {
  return LoggerModule.forRootAsync({
    imports: [ConfigModule],
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => loggingParams(app, config.LOG_LEVEL),
  });
}

/** A Nest logger for a script without the logging module (demo seed). */
export function standaloneLogger(app: AppName, level: LogLevel): Logger {
  const params = loggingParams(app, level);
  return new Logger(new PinoLogger(params), params);
}
