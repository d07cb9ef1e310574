import type { ReactNode } from 'react';
import { FieldError, FieldHint } from './field-messages';
import { useFieldProblem } from './use-field-problem';

export interface CheckboxGroupFieldProps {
  /** The operation's input field the server names in its errors, e.g. `topicSlugs`. */
  name: string;
  legend: string;
  hint?: ReactNode;
  /** Each box's form name is `<prefix><value>`, sent as "on" when ticked. */
  prefix: string;
  options: Array<{ value: string; label: string }>;
  checked: Set<string>;
  after?: ReactNode;
}

/** A group of yes-or-no boxes of a <ConferForm> in a fieldset, with the server's error under the legend. */
export function CheckboxGroupField({
  name,
  legend,
  hint,
  prefix,
  options,
  checked,
  after,
}: CheckboxGroupFieldProps) {
  const { id, error, describedBy } = useFieldProblem(name, legend, Boolean(hint));
  return (
    <fieldset
      className={error ? 'field field--error choices' : 'field choices'}
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{legend}</legend>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <ul className="choices__list">
        {options.map((option) => (
          <li className="checkbox" key={option.value}>
            <input
              className="checkbox__input"
              type="checkbox"
              id={`${id}-${option.value}`}
              name={`${prefix}${option.value}`}
              defaultChecked={checked.has(option.value)}
            />
            <label className="checkbox__label" htmlFor={`${id}-${option.value}`}>
              {option.label}
            </label>
          </li>
        ))}
      </ul>
      {after}
    </fieldset>
  );
}
