import { useState } from 'react';

/**
 * What a form holds while a person types, and a setter per field: `change('postcode')` is the
 * field's `onChange`.
 */
export function useDraft<T extends object>(initial: T | (() => T)) {
  const [draft, setDraft] = useState<T>(initial);
  const change =
    <K extends keyof T>(field: K) =>
    (value: T[K]) =>
      setDraft((current) => ({ ...current, [field]: value }));
  return [draft, change] as const;
}
