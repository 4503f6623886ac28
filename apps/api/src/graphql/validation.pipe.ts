import {
  ValidationPipe,
  type ArgumentMetadata,
  type Type,
  type ValidationError,
} from '@nestjs/common';
import { InvalidInputError } from '@wmo/domain';

/**
 * Validates every argument object (class-validator) and reports the first problem as
 * BAD_USER_INPUT naming the field, e.g. "input.freePlaces". Text is trimmed first (passwords
 * excepted), so "   " is as empty as "" to every length rule. `expectedType` names the class
 * where TypeScript cannot (a parameter typed `X | null` is reflected as Object, and Nest would
 * skip it): see `NullableArg`.
 */
export function createValidationPipe(expectedType?: Type): ValidationPipe {
  return new FieldNamingValidationPipe({
    expectedType,
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    exceptionFactory: (errors: ValidationError[]) => {
      const [field, message] = firstProblem(errors, []);
      return new InvalidInputError(field, message);
    },
  });
}

/**
 * What a caller sends: GraphQL arguments (Nest's param type '3') and an HTTP body, query or
 * route param. A resolver's parent object, context and info, and custom decorators (the
 * caller's actor) are the api's own values: the pipe leaves them alone (once it copied and
 * validated every parent object, for every field of every row).
 */
const CALLER_INPUT: ReadonlySet<string> = new Set(['3', 'body', 'query', 'param']);

/** Prefixes the field with the argument's name: "freePlaces" becomes "input.freePlaces". */
class FieldNamingValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!CALLER_INPUT.has(metadata.type)) return value;
    try {
      return await super.transform(trimmedText(value, metadata.data ?? ''), metadata);
    } catch (error) {
      if (error instanceof InvalidInputError && metadata.data) {
        throw new InvalidInputError(`${metadata.data}.${error.field}`, error.message);
      }
      throw error;
    }
  }
}

/** Plain objects and arrays copied with every string trimmed, except secrets. */
export function trimmedText(value: unknown, key: string): unknown {
  if (typeof value === 'string') return SECRET_KEYS.test(key) ? value : value.trim();
  if (Array.isArray(value)) return value.map((item) => trimmedText(item, key));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, trimmedText(item, name)]),
    );
  }
  return value;
}

const SECRET_KEYS = /password|token/i;

function firstProblem(errors: ValidationError[], path: string[]): [string, string] {
  const error = errors[0];
  if (!error) return [path.join('.') || 'input', 'Deze invoer is ongeldig.'];
  const here = [...path, error.property];
  if (error.constraints) {
    const [constraint, english] = Object.entries(error.constraints)[0] ?? [];
    return [here.join('.'), DUTCH[constraint ?? ''] ?? english ?? 'Deze invoer is ongeldig.'];
  }
  return firstProblem(error.children ?? [], here);
}

/** Plain Dutch (B1) for the constraints we use; the UI shows these messages. */
const DUTCH: Record<string, string> = {
  isInt: 'Vul een heel getal in.',
  isNumber: 'Vul een getal in.',
  min: 'Dit getal is te klein.',
  max: 'Dit getal is te groot.',
  isPositive: 'Vul een getal groter dan 0 in.',
  maxLength: 'Deze tekst is te lang.',
  minLength: 'Deze tekst is te kort.',
  isNotEmpty: 'Vul dit veld in.',
  arrayMaxSize: 'Deze lijst is te lang.',
  arrayMinSize: 'Kies er minstens één.',
  arrayUnique: 'Deze lijst bevat dubbele waarden.',
  isEmail: 'Vul een geldig e-mailadres in.',
  matches: 'Deze invoer heeft niet de goede vorm.',
  isIn: 'Kies een van de toegestane waarden.',
  isEnum: 'Kies een van de toegestane waarden.',
  whitelistValidation: 'Dit veld is onbekend.',
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
