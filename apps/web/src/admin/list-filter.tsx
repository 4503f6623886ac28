import { Button } from '@utrecht/component-library-react';
import type { FormEvent, ReactNode } from 'react';
import { useDraft } from '../shared/use-draft';
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
export function ListFilter<K extends string>({
  label,
  applied,
  onSearch,
  children,
}: {
  label: string;
  applied: Readonly<Record<K, string>>;
  onSearch: (filter: Record<K, string>) => void;
  children: (draft: Record<K, string>, change: (field: K) => (value: string) => void) => ReactNode;
}) {
  const [draft, change] = useDraft<Record<K, string>>(applied);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft);
  };
  const cleared = Object.fromEntries(Object.keys(applied).map((field) => [field, ''])) as Record<
    K,
    string
  >;
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
