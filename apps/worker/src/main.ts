import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@wmo/config';
import { JsonLogger } from '@wmo/observability';
import { WorkerModule } from './worker.module';

/** The worker: a Nest application context (no HTTP) hosting the queue processors. */
async function bootstrap(): Promise<void> {
  // Fail fast, before anything connects, with a message naming every bad variable.
  const config = loadConfig(process.env);
  const logger = new JsonLogger('worker', config.LOG_LEVEL);
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger });
  app.enableShutdownHooks();
  // Readiness is logged at every level: scripts and tests wait for this line.
  process.stdout.write(`${JSON.stringify({ app: 'worker', msg: 'worker ready' })}\n`);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
