import { FormFieldDescription, FormFieldErrorMessage } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/**
 * What every form field has around its input: a label, maybe a description and an error. The
 * description and the error get ids from the field's `id`, so the input can point at them
 * (aria-describedby) and a screen reader reads them with it.
 */
export interface FieldFrame {
  readonly id: string;
  readonly label: ReactNode;
  readonly description?: ReactNode;
  readonly error?: string | null;
}

/** The input's aria-describedby: its description and its error, when there are. */
export function describedBy({ id, description, error }: FieldFrame): string | undefined {
  const ids = [description ? `${id}-description` : null, error ? `${id}-error` : null];
  return ids.filter(Boolean).join(' ') || undefined;
}

/** The description, then the error, right above the input. */
export function FieldText({ id, description, error }: FieldFrame) {
  return (
    <>
      {description && (
        <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      )}
    </>
  );
}
