import type { ReactNode } from 'react';
import { FieldError, FieldHint } from '../form/field-messages';
import { useFieldProblem } from '../form/use-field-problem';

interface Common {
  name: string;
  label: string;
  hint?: ReactNode;
}

/**
 * A group of radio buttons (`type="radio"`, one value) or checkboxes (several, sent as `<name>:<value>` = "on")
 * in a fieldset whose legend is the label; the server's error for `name` shows under the legend.
 */
export function ChoiceGroup({
  name,
  label,
  hint,
  type,
  options,
  defaultValues = [],
}: Common & {
  type: 'radio' | 'checkbox';
  options: Array<{ value: string; label: string }>;
  defaultValues?: string[];
}) {
  const { id, error, describedBy } = useFieldProblem(name, label, Boolean(hint));
  return (
    <fieldset
      className={error ? 'field field--error events-choice-group' : 'field events-choice-group'}
      aria-describedby={describedBy}
      id={id}
      tabIndex={-1}
    >
      <legend className="field__label">{label}</legend>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <div className="events-choice-group__options">
        {options.map((option) => (
          <label className="events-choice" key={option.value}>
            <input
              type={type}
              name={type === 'radio' ? name : `${name}:${option.value}`}
              value={type === 'radio' ? option.value : 'on'}
              defaultChecked={defaultValues.includes(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One checkbox of the event form (sent as "on" when ticked), its bold label beside it, hint and error under. */
export function EventCheckboxField({
  name,
  label,
  hint,
  defaultChecked,
}: Common & { defaultChecked?: boolean }) {
  const { id, error, describedBy } = useFieldProblem(name, label, Boolean(hint));
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="events-choice" htmlFor={id}>
        <input
          type="checkbox"
          id={id}
          name={name}
          defaultChecked={defaultChecked}
          aria-describedby={describedBy}
        />
        <span className="field__label">{label}</span>
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}

/** The values of a <ChoiceGroup type="checkbox"> among a form's values. */
export function checkedValues(values: Record<string, string>, name: string): string[] {
  const prefix = `${name}:`;
  return Object.keys(values)
    .filter((key) => key.startsWith(prefix) && values[key] === 'on')
    .map((key) => key.slice(prefix.length));
}
