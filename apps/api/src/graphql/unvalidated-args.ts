import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';

/**
 * Which input-object arguments of the resolvers the validation pipe would skip. Nest validates
 * a parameter only when TypeScript reflects its class, and a parameter typed `X | null` is
 * reflected as Object — so `searchOfferings(filter: { maxDistanceKm: -5 })` once went through
 * unchecked. This reads the metadata the decorators leave on every resolver class in the api.
 * Run `node dist/apps/api/src/graphql/unvalidated-args.js`; tests/args-validation.test.ts does.
 */
export interface ArgsValidationReport {
  readonly resolvers: number;
  readonly validated: readonly string[];
  readonly unvalidated: readonly string[];
}

const PRIMITIVES: readonly unknown[] = [String, Number, Boolean, Date, Object, Array];

interface ArgType {
  readonly index: number;
  readonly property?: string;
  readonly typeFn?: () => unknown;
}
interface RouteArg {
  readonly index: number;
  readonly pipes: readonly unknown[];
}
type Constructor = abstract new (...args: never[]) => unknown;

export function argsValidationReport(sourceRoot: string): ArgsValidationReport {
  const classes = resolverClasses(sourceRoot);
  const validated: string[] = [];
  const unvalidated: string[] = [];
  for (const resolver of classes) {
    const prototype = resolver.prototype as object;
    for (const method of Object.getOwnPropertyNames(prototype)) {
      const argTypes: ArgType[] =
        Reflect.getOwnMetadata('graphql:args_type', resolver, method) ?? [];
      const reflected: unknown[] =
        Reflect.getMetadata('design:paramtypes', prototype, method) ?? [];
      const routeArgs: Record<string, RouteArg> =
        Reflect.getMetadata('__routeArguments__', resolver, method) ?? {};
      for (const arg of argTypes) {
        const inputClass = inputClassOf(arg.typeFn?.(), reflected[arg.index]);
        if (!inputClass) continue;
        const pipes = Object.values(routeArgs).find((route) => route.index === arg.index)?.pipes;
        const seen =
          reflected[arg.index] === inputClass ||
          (pipes ?? []).some((pipe) => expectedTypeOf(pipe) === inputClass);
        const rules = getMetadataStorage().getTargetValidationMetadatas(
          inputClass,
          '',
          true,
          false,
        );
        const name = `${resolver.name}.${method}(${arg.property ?? inputClass.name})`;
        (seen && rules.length > 0 ? validated : unvalidated).push(name);
      }
    }
  }
  return { resolvers: classes.length, validated, unvalidated };
}

function resolverClasses(sourceRoot: string): Constructor[] {
  const files = readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.resolver.js'),
  );
  return files.flatMap((file) =>
    // The resolvers are found at run time on the build, so the import cannot be static.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Object.values(require(join(sourceRoot, file)) as Record<string, unknown>).filter(
      (value): value is Constructor => typeof value === 'function',
    ),
  );
}

function inputClassOf(declared: unknown, reflected: unknown): Constructor | undefined {
  const candidate: unknown = Array.isArray(declared) ? declared[0] : (declared ?? reflected);
  return typeof candidate === 'function' && !PRIMITIVES.includes(candidate)
    ? (candidate as Constructor)
    : undefined;
}

function expectedTypeOf(pipe: unknown): unknown {
  return pipe instanceof ValidationPipe
    ? (pipe as unknown as { expectedType?: unknown }).expectedType
    : undefined;
}

if (require.main === module) {
  process.stdout.write(`${JSON.stringify(argsValidationReport(join(__dirname, '..')))}\n`);
}
