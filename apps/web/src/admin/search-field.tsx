import { FormField, FormLabel, Textbox } from '@utrecht/component-library-react';
import type { KeyboardEvent } from 'react';
import { describedBy, FieldText } from '../shared/ui/field-frame';

/**
 * A search box for a list filter: label, a hint tied to it, no "(niet verplicht)" (a filter is
 * never required). `onEnter` lets a search box inside a bigger form search instead of
 * submitting that form.
 */
export function SearchField({
  id,
  label,
  description,
  value,
  onChange,
  onEnter,
}: {
  id: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  onEnter?: () => void;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!onEnter || event.key !== 'Enter') return;
    event.preventDefault();
    onEnter();
  };
  return (
    <FormField type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <FieldText id={id} label={label} description={description} />
      <div className="utrecht-form-field__input">
        <Textbox
          id={id}
          type="search"
          value={value}
          maxLength={100}
          autoComplete="off"
          aria-describedby={describedBy({ id, label, description })}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
    </FormField>
  );
}
