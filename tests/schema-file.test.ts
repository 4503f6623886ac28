import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import { graphqlOk } from './support/graphql-client';

const ROOT = join(__dirname, '..');
const COMMITTED = join(ROOT, 'apps', 'api', 'schema.gql');
const sorted = (sdl: string) => printSchema(lexicographicSortSchema(buildSchema(sdl)));

/**
 * apps/api/schema.gql is the contract the web app's types are generated from: it must be what
 * the code builds (`npm run schema` writes it) and what the running api serves.
 */
describe('the committed GraphQL schema', () => {
  it('is what the code-first types build', async () => {
    const run = promisify(execFile);
    const script = join(ROOT, 'dist', 'apps', 'api', 'src', 'graphql', 'print-schema.js');
    const { stdout } = await run(process.execPath, [script, '--check'], { cwd: ROOT });
    expect(stdout).toContain('matches the code');
  });

  it('is what the running api serves', async () => {
    const live = await graphqlOk<IntrospectionQuery>(getIntrospectionQuery());
    const served = printSchema(lexicographicSortSchema(buildClientSchema(live)));
    expect(served).toBe(sorted(readFileSync(COMMITTED, 'utf8')));
  });
});
