import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@wmo/config';
import { standaloneLogger } from '@wmo/observability';
import { DemoSeedModule } from './demo-seed.module';
import { DemoSeeder } from './demo-seeder';

/** `node dist/apps/api/src/demo/seed-demo.js`: loads the demo data set (idempotent). */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await NestFactory.createApplicationContext(DemoSeedModule, {
    logger: standaloneLogger('seed', config.LOG_LEVEL),
  });
  try {
    const outcome = await app.get(DemoSeeder).run();
    process.stdout.write(`${JSON.stringify({ app: 'seed', msg: `demo data ${outcome}` })}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
