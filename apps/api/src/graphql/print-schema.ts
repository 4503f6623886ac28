import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from '../app.module';
import { schemaSdl } from './schema-file';

/**
 * `npm run schema`: writes apps/api/schema.gql from the code-first types (the web app's types
 * are generated from it). `--check` fails when the committed file differs from the code.
 */
export const SCHEMA_FILE = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  '..',
  'apps',
  'api',
  'schema.gql',
);

async function main(): Promise<void> {
  const sdl = await schemaSdl(AppModule);
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== sdl) {
      process.stderr.write('apps/api/schema.gql is out of date: run `npm run schema`\n');
      process.exit(1);
    }
    process.stdout.write('apps/api/schema.gql matches the code\n');
    return;
  }
  writeFileSync(SCHEMA_FILE, sdl);
  process.stdout.write('wrote apps/api/schema.gql\n');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
