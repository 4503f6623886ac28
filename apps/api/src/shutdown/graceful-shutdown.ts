import type { Server } from 'node:http';
import type { INestApplication, LoggerService } from '@nestjs/common';
import { ShutdownState } from '@wmo/observability';
import { closeOpenSockets } from '../subscriptions/open-sockets';

/** In-flight requests get this long to finish; then the remaining connections are cut. */
const DRAIN_LIMIT_MS = 3_000;
/** How often idle keep-alive connections are closed while draining (they would hold it open). */
const IDLE_SWEEP_MS = 50;

/**
 * SIGTERM/SIGINT: readiness turns red, the server stops accepting connections, subscription
 * sockets are closed with a reconnect hint, in-flight requests finish (their writes and jobs
 * reach MongoDB and Redis, which are still open), then the application closes and exits 0.
 * Nest's own shutdown hooks would close the database first, failing requests still running.
 */
export function closeGracefullyOnSignals(app: INestApplication, logger: LoggerService): void {
  let closing = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: stopping`, 'Shutdown');
    app.get(ShutdownState).begin();
    const server = app.getHttpServer() as Server;
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    const sockets = closeOpenSockets();
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<'limit'>((resolve) => {
      timer = setTimeout(() => resolve('limit'), DRAIN_LIMIT_MS);
    });
    const outcome = await Promise.race([drained.then(() => 'drained' as const), limit]);
    clearInterval(sweep);
    clearTimeout(timer);
    if (outcome === 'limit') server.closeAllConnections();
    logger.log(`${outcome}; ${sockets} subscription sockets closed`, 'Shutdown');
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
}
