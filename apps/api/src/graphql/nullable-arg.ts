import type { Type } from '@nestjs/common';
import { Args } from '@nestjs/graphql';
import { createValidationPipe } from './validation.pipe';

/**
 * An optional input-object argument that is validated like every other: a parameter typed
 * `X | null` is reflected as Object, so the global pipe would let it through unchecked (a
 * negative distance, a 10 kB text). This names the class for validation.
 * `tests/args-validation.spec` fails for any argument that would be skipped.
 */
export function NullableArg(name: string, type: Type): ParameterDecorator {
  return Args(name, { type: () => type, nullable: true }, createValidationPipe(type));
}
