import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { InvalidInputError } from '@wmo/domain';

/**
 * Validates every argument object (class-validator) and reports the first problem as
 * BAD_USER_INPUT naming the field, e.g. "input.freePlaces".
 */
export function createValidationPipe(): ValidationPipe {
  return new FieldNamingValidationPipe({
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

/** Prefixes the field with the argument's name: "freePlaces" becomes "input.freePlaces". */
class FieldNamingValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof InvalidInputError && metadata.data) {
        throw new InvalidInputError(`${metadata.data}.${error.field}`, error.message);
      }
      throw error;
    }
  }
}

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
