import type { FieldProblem } from './ui/error-summary';

/** A form's mistakes by field: the message shown next to each field. */
export type Problems<F extends string> = Partial<Record<F, string>>;

export function hasProblems<F extends string>(problems: Problems<F>): boolean {
  return Object.values(problems).some(Boolean);
}

/** The mistakes in the order of the form, for the ErrorSummary (each links to its input). */
export function toFieldProblems<F extends string>(
  problems: Problems<F>,
  order: readonly F[],
  inputIds: Readonly<Record<F, string>>,
): FieldProblem[] {
  return order.flatMap((field) => {
    const message = problems[field];
    return message ? [{ inputId: inputIds[field], message }] : [];
  });
}

/** Server messages for known fields only (anything else is shown as the general message). */
export function pickFields<F extends string>(
  messages: Record<string, string>,
  fields: readonly F[],
): Problems<F> {
  const picked: Problems<F> = {};
  for (const field of fields) {
    const message = messages[field];
    if (message) picked[field] = message;
  }
  return picked;
}
