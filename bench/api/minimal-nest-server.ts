import 'reflect-metadata';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule, Query, Resolver } from '@nestjs/graphql';

/**
 * A reference of the api bench: Nest on Express with its Apollo driver and one resolver, and
 * nothing of ours (no middleware, guard, interceptor, plugin, logger or database). Its answer to
 * `{ __typename }` is what any request costs in the framework the api is built on, before our
 * own layers; the bench compares it with the bare Apollo Server and the api. Started as its own
 * process by api.bench.ts with MINIMAL_PORT; prints "minimal server ready" when it listens.
 */
@Resolver()
class PingResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }
}

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      path: '/graphql',
    }),
  ],
  providers: [PingResolver],
})
class MinimalModule {}

async function main(): Promise<void> {
  const port = Number(process.env.MINIMAL_PORT);
  if (!port) throw new Error('MINIMAL_PORT needed');
  const app = await NestFactory.create(MinimalModule, { logger: false });
  await app.listen(port, '127.0.0.1');
  process.stdout.write('minimal server ready\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`minimal server failed: ${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
