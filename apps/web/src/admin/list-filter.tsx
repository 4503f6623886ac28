import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { LIST_TEXT } from './texts';
import './admin.css';

/** A list's filter in the address (?rol=STAFF&zoek=…): filled-in values only, trimmed. */
export function filterParams(values: Readonly<Record<string, string>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value.trim()) params.set(name, value.trim());
  }
  return params;
}

/**
 * The search form above an administrators' list. What is typed or chosen stays in the form
 * until "Zoeken", so the list does not jump while choosing; "Zoekopdracht wissen" shows the
 * whole list again. `applied` is the filter the list shows now (from the address).
 */
export function ListFilter<F extends Record<string, string>>({
  label,
  applied,
  onSearch,
  children,
}: {
  label: string;
  applied: F;
  onSearch: (filter: F) => void;
  children: (draft: F, change: (field: keyof F) => (value: string) => void) => ReactNode;
}) {
  const [draft, setDraft] = useState(applied);
  const change = (field: keyof F) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft);
  };
  const cleared = Object.fromEntries(Object.keys(applied).map((field) => [field, ''])) as F;
  return (
    <form
      role="search"
      aria-label={label}
      onSubmit={submit}
      className="wmo-toolbar wmo-admin-filter"
    >
      {children(draft, change)}
      <Button type="submit" appearance="secondary-action-button">
        {LIST_TEXT.search}
      </Button>
      {Object.values(applied).some(Boolean) && (
        <Button type="button" appearance="subtle-button" onClick={() => onSearch(cleared)}>
          {LIST_TEXT.clear}
        </Button>
      )}
    </form>
  );
}
