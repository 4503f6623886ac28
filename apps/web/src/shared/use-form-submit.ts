import { useState, type FormEvent } from 'react';
import { hasProblems, toFieldProblems, type Problems } from './form-problems';
import type { FieldProblem } from './ui/error-summary';
import { useAction } from './use-action';

/**
 * The submit of a form: checked in the browser first and sent only without mistakes; what the
 * server says about a field goes next to that field, any other failure is shown as one general
 * message (SubmitProblems). One submit at a time: a double click sends once.
 */
export function useFormSubmit<F extends string>(
  fields: readonly F[],
  inputIds: Readonly<Record<F, string>>,
) {
  const [problems, setProblems] = useState<Problems<F>>({});
  // Set on submit only: the summary takes the focus whenever its list changes.
  const [summary, setSummary] = useState<FieldProblem[]>([]);
  const action = useAction<void>();

  const show = (found: Problems<F>) => {
    setProblems(found);
    setSummary(toFieldProblems(found, fields, inputIds));
  };

  const submit = async (
    event: FormEvent,
    steps: {
      /** The mistakes the browser finds in what was typed. */
      readonly check: () => Problems<F>;
      readonly send: () => Promise<unknown>;
      /** The server's messages about this form's fields (empty: a general failure). */
      readonly serverProblems: (error: unknown) => Problems<F>;
    },
  ) => {
    event.preventDefault();
    if (action.busy) return;
    const found = steps.check();
    show(found);
    if (hasProblems(found)) {
      action.reset();
      return;
    }
    await action.run(async () => {
      try {
        await steps.send();
      } catch (error) {
        const fromServer = steps.serverProblems(error);
        if (!hasProblems(fromServer)) throw error;
        show(fromServer);
      }
    });
  };

  return {
    /** By field, for the message next to each field. */
    problems,
    /** In the order of the form, for the ErrorSummary. */
    summary,
    failure: action.state.status === 'failed' ? action.state.error : null,
    busy: action.busy,
    submit,
    /** A fixed mistake stops showing at its field; the summary waits for the next submit. */
    clearProblem: (field: F) => setProblems((all) => ({ ...all, [field]: undefined })),
  };
}

export type FormSubmit = Pick<ReturnType<typeof useFormSubmit>, 'summary' | 'failure'>;
