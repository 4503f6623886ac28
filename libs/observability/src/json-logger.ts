import type { LoggerService } from '@nestjs/common';
import pino, { type Level, type Logger } from 'pino';

type LogLevel = Level | 'silent';

/**
 * Nest logger writing structured JSON lines (pino). Messages must never hold personal data:
 * log ids and codes, not postcodes or free text from users.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: Logger;

  constructor(app: string, level: LogLevel = readLevel()) {
    this.pino = pino({ level, base: { app }, messageKey: 'msg' });
  }

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.pino.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  child(bindings: Record<string, string>): Logger {
    return this.pino.child(bindings);
  }

  private write(level: Level, message: unknown, context?: string): void {
    if (typeof message === 'object' && message !== null) {
      this.pino[level]({ context, ...(message as Record<string, unknown>) });
    } else {
      this.pino[level]({ context }, String(message));
    }
  }
}

function readLevel(): LogLevel {
  const level = process.env.LOG_LEVEL;
  const known: readonly string[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  return level && known.includes(level) ? (level as LogLevel) : 'info';
}
