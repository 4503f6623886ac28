import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '@wmo/config';
import { requestLogger, ShutdownState } from '@wmo/observability';
import { MatchingWorker } from './matching-worker';
import { stopAllQueueWorkers } from './queue-processor';
import { WorkerModule } from './worker.module';

/**
 * The worker: the queue processors, plus a small HTTP server on WORKER_HTTP_PORT for health
 * probes and metrics (it answers while the books load; readiness says when they are in).
 */
async function bootstrap(): Promise<void> {
  // Fail fast, before anything connects, with a message naming every bad variable.
  const config = loadConfig(process.env);
  const app = await NestFactory.create(WorkerModule, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.use(requestLogger('worker', config.LOG_LEVEL));
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping`, 'Shutdown');
    app.get(ShutdownState).begin();
    // Active jobs finish (BullMQ worker.close()) and nothing else is taken; then connections close.
    await stopAllQueueWorkers();
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
  await app.listen(config.WORKER_HTTP_PORT, '0.0.0.0');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  await app.get(MatchingWorker).whenStarted();
  // Readiness is logged at every level: scripts and tests wait for this line.
  process.stdout.write(
    `${JSON.stringify({ app: 'worker', msg: 'worker ready', httpPort: port })}\n`,
  );
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
