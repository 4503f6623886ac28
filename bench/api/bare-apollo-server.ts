import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/**
 * The baseline of the api bench: a bare Apollo Server 5 (no Nest, no auth, no database) that
 * answers `request(id)` with the JSON the real api answered for that id, from memory, with the
 * real api's schema. Started as its own process by api.bench.ts:
 * BARE_SCHEMA_FILE (SDL), BARE_ANSWERS_FILE (JSON by request id) and BARE_PORT.
 * Prints "bare server ready" when it listens.
 */
async function main(): Promise<void> {
  const {
    BARE_SCHEMA_FILE: schemaFile,
    BARE_ANSWERS_FILE: answersFile,
    BARE_PORT: port,
  } = process.env;
  if (!schemaFile || !answersFile || !port) throw new Error('schema, answers and port needed');
  const typeDefs = readFileSync(schemaFile, 'utf8');
  const answers = new Map(
    Object.entries(JSON.parse(readFileSync(answersFile, 'utf8')) as Record<string, unknown>),
  );
  const server = new ApolloServer({
    typeDefs,
    resolvers: { Query: { request: (_: unknown, args: { id: string }) => answers.get(args.id) } },
  });
  await startStandaloneServer(server, { listen: { port: Number(port), host: '127.0.0.1' } });
  process.stdout.write('bare server ready\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bare server failed: ${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
