import { Button, FormField, FormLabel, Textbox } from '@utrecht/component-library-react';
import type { Ref } from 'react';
import { describedBy, FieldText } from '../shared/ui/field-frame';

/**
 * A number field with − and + buttons beside it (NL Design System parts), for changing a figure
 * with one thumb on a phone. The buttons have their own names ("Eén vrije plek minder voor …"),
 * and the label, description and error are tied to the input as in every field (FieldFrame).
 */
export function NumberStepper(props: {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly error?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onStep: (delta: number) => void;
  readonly lessLabel: string;
  readonly moreLabel: string;
  readonly max?: number;
  readonly inputRef?: Ref<HTMLInputElement>;
}) {
  const { id, label, description, error, value, onChange, onStep } = props;
  const { lessLabel, moreLabel, max, inputRef } = props;
  return (
    <FormField invalid={Boolean(error)} type="text" className="wmo-stepper">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <FieldText id={id} label={label} description={description} error={error} />
      <div className="utrecht-form-field__input wmo-stepper__controls">
        <Button
          type="button"
          appearance="secondary-action-button"
          className="wmo-stepper__button"
          aria-label={lessLabel}
          aria-controls={id}
          onClick={() => onStep(-1)}
        >
          <span aria-hidden="true">−</span>
        </Button>
        <Textbox
          id={id}
          ref={inputRef}
          type="number"
          inputMode="numeric"
          min={0}
          max={max}
          step={1}
          size={5}
          className="wmo-stepper__input"
          value={value}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy({ id, label, description, error })}
          inputRequired
          onChange={(event) => onChange(event.target.value)}
        />
        <Button
          type="button"
          appearance="secondary-action-button"
          className="wmo-stepper__button"
          aria-label={moreLabel}
          aria-controls={id}
          onClick={() => onStep(1)}
        >
          <span aria-hidden="true">+</span>
        </Button>
      </div>
    </FormField>
  );
}
