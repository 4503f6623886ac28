import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

type ClassRef = abstract new (...args: never[]) => unknown;

/**
 * Every class a module tree provides (resolvers among them), found by walking `imports` and
 * `providers` the way Nest does, so the schema file never needs a hand-kept resolver list.
 */
export function providedClasses(root: unknown, seen = new Set<unknown>()): ClassRef[] {
  if (!root || seen.has(root)) return [];
  seen.add(root);
  const dynamic = typeof root === 'object' ? (root as Record<string, unknown>) : {};
  const moduleClass = typeof root === 'function' ? root : dynamic.module;
  const imports = [
    ...metadataList(moduleClass, 'imports'),
    ...(Array.isArray(dynamic.imports) ? dynamic.imports : []),
  ];
  const providers = [
    ...metadataList(moduleClass, 'providers'),
    ...(Array.isArray(dynamic.providers) ? dynamic.providers : []),
  ];
  const own = providers.filter((p): p is ClassRef => typeof p === 'function');
  return [...own, ...imports.flatMap((child) => providedClasses(child, seen))];
}

function metadataList(target: unknown, key: string): unknown[] {
  if (typeof target !== 'function') return [];
  const value: unknown = Reflect.getMetadata(key, target);
  return Array.isArray(value) ? value : [];
}

/** The schema as SDL, sorted, exactly as the api builds it from its code-first types. */
export async function schemaSdl(rootModule: unknown): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    const factory = app.get(GraphQLSchemaFactory);
    const resolvers = [...new Set(providedClasses(rootModule))] as unknown as Parameters<
      GraphQLSchemaFactory['create']
    >[0];
    const schema = await factory.create(resolvers);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
