import type { FormSubmit } from '../use-form-submit';
import { ErrorNotice } from './error-notice';
import { ErrorSummary } from './error-summary';

/**
 * At the top of a form after a submit: the mistakes to fix (focused, each linking to its
 * field), or what went wrong when the failure is about no field.
 */
export function SubmitProblems({ form, failedTitle }: { form: FormSubmit; failedTitle: string }) {
  return (
    <>
      <ErrorSummary problems={form.summary} />
      {form.failure !== null && <ErrorNotice error={form.failure} title={failedTitle} />}
    </>
  );
}
