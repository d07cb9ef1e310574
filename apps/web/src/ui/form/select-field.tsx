import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldLabelHintAndError } from './field-messages';
import { useFieldProblem } from './use-field-problem';

export interface SelectFieldProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'name' | 'aria-invalid' | 'aria-describedby'
> {
  name: string;
  label: string;
  hint?: ReactNode;
  /** Value and words of each choice; the first is often "Not said" with the value "". */
  options: Array<{ value: string; label: string }>;
  /** Shown after the drop-down, e.g. who sees it. */
  after?: ReactNode;
}

/** A labelled drop-down of a <ConferForm>, with its hint and the server's words about it. */
export function SelectField({ name, label, hint, options, after, ...select }: SelectFieldProps) {
  const { id, error, describedBy } = useFieldProblem(name, label, Boolean(hint));
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <FieldLabelHintAndError id={id} label={label} hint={hint} error={error} />
      <select
        {...select}
        className="field__input"
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {after}
    </div>
  );
}
