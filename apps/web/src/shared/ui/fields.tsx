import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { describedBy, FieldText, type FieldFrame } from './field-frame';

/**
 * Form fields from NL Design System parts, with the ids wired the accessible way (FieldFrame):
 * the label names the input, the description and the error message are tied to it, an invalid
 * input says so (aria-invalid), and the error sits right above the input. The `id` is ours, so
 * an error summary can link to the input.
 */
export function TextField(
  props: FieldFrame & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly type?: 'text' | 'email' | 'password' | 'search' | 'number' | 'date';
    readonly required?: boolean;
    readonly autoComplete?: string;
    readonly inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'search';
    readonly maxLength?: number;
    readonly size?: number;
    readonly min?: number;
    readonly max?: number;
    readonly step?: number | 'any';
    readonly spellCheck?: boolean;
  },
) {
  const { id, label, error, value, onChange, type = 'text', required, ...input } = props;
  return (
    <FormField invalid={Boolean(error)} type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {!required && <span className="wmo-optional"> (niet verplicht)</span>}
        </FormLabel>
      </div>
      <FieldText {...props} />
      <div className="utrecht-form-field__input">
        <Textbox
          id={id}
          type={type}
          value={value}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(props)}
          inputRequired={required}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={input.autoComplete}
          inputMode={input.inputMode}
          maxLength={input.maxLength}
          size={input.size}
          min={input.min}
          max={input.max}
          step={input.step}
          spellCheck={input.spellCheck}
        />
      </div>
    </FormField>
  );
}

export function TextareaField(
  props: FieldFrame & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly required?: boolean;
    readonly maxLength?: number;
    readonly rows?: number;
  },
) {
  const { id, label, error, value, onChange, required, maxLength, rows = 4 } = props;
  return (
    <FormField invalid={Boolean(error)} type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {!required && <span className="wmo-optional"> (niet verplicht)</span>}
        </FormLabel>
      </div>
      <FieldText {...props} />
      <div className="utrecht-form-field__input">
        <Textarea
          id={id}
          value={value}
          rows={rows}
          maxLength={maxLength}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(props)}
          // Not the native attribute: an empty required textarea matches :invalid and shows red at rest.
          aria-required={required || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
    </FormField>
  );
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export function SelectField(
  props: FieldFrame & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly choices: readonly Choice[];
    /** Label of the empty first choice ("Alle statussen"); none: a choice is required. */
    readonly emptyChoice?: string;
    readonly required?: boolean;
  },
) {
  const { id, label, error, value, onChange, choices, emptyChoice, required } = props;
  return (
    <FormField invalid={Boolean(error)} type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <FieldText {...props} />
      <div className="utrecht-form-field__input">
        <Select
          id={id}
          value={value}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(props)}
          required={required}
          onChange={(event) => onChange(event.target.value)}
        >
          {emptyChoice !== undefined && <SelectOption value="">{emptyChoice}</SelectOption>}
          {choices.map((choice) => (
            <SelectOption key={choice.value} value={choice.value}>
              {choice.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

/** Several choices under one question (a fieldset with a legend). */
export function CheckboxGroupField(
  props: FieldFrame & {
    readonly values: readonly string[];
    readonly onChange: (values: string[]) => void;
    readonly choices: readonly Choice[];
  },
) {
  const { id, label, error, values, onChange, choices } = props;
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...values, value] : values.filter((v) => v !== value));
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={describedBy(props)} id={id} tabIndex={-1}>
      <FieldsetLegend>{label}</FieldsetLegend>
      <FieldText {...props} />
      <div className="wmo-choices">
        {choices.map((choice) => {
          const inputId = `${id}-${choice.value}`;
          const checked = values.includes(choice.value);
          return (
            <FormField key={choice.value} type="checkbox">
              <div className="utrecht-form-field__input">
                <Checkbox
                  id={inputId}
                  checked={checked}
                  invalid={Boolean(error)}
                  onChange={(event) => toggle(choice.value, event.target.checked)}
                />
              </div>
              <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                <FormLabel htmlFor={inputId} type="checkbox" checked={checked}>
                  {choice.label}
                </FormLabel>
              </div>
            </FormField>
          );
        })}
      </div>
    </Fieldset>
  );
}

/** One choice out of a few, all visible (a fieldset with radio buttons). */
export function RadioGroupField(
  props: FieldFrame & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly choices: readonly Choice[];
  },
) {
  const { id, label, error, value, onChange, choices } = props;
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={describedBy(props)} id={id} tabIndex={-1}>
      <FieldsetLegend>{label}</FieldsetLegend>
      <FieldText {...props} />
      <div className="wmo-choices">
        {choices.map((choice) => {
          const inputId = `${id}-${choice.value}`;
          return (
            <FormField key={choice.value} type="radio">
              <div className="utrecht-form-field__input">
                <RadioButton
                  id={inputId}
                  name={id}
                  value={choice.value}
                  checked={value === choice.value}
                  invalid={Boolean(error)}
                  onChange={() => onChange(choice.value)}
                />
              </div>
              <div className="utrecht-form-field__label utrecht-form-field__label--radio">
                <FormLabel htmlFor={inputId} type="radio" checked={value === choice.value}>
                  {choice.label}
                </FormLabel>
              </div>
            </FormField>
          );
        })}
      </div>
    </Fieldset>
  );
}

/** A single yes/no choice. */
export function CheckboxField(
  props: FieldFrame & { readonly checked: boolean; readonly onChange: (checked: boolean) => void },
) {
  const { id, label, error, checked, onChange } = props;
  return (
    <FormField invalid={Boolean(error)} type="checkbox">
      <div className="utrecht-form-field__input">
        <Checkbox
          id={id}
          checked={checked}
          invalid={Boolean(error)}
          aria-describedby={describedBy(props)}
          onChange={(event) => onChange(event.target.checked)}
        />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel htmlFor={id} type="checkbox" checked={checked}>
          {label}
        </FormLabel>
      </div>
      <FieldText {...props} />
    </FormField>
  );
}
