import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldError, FieldHint } from './field-messages';
import { useFieldProblem } from './use-field-problem';

export interface CheckboxFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'name' | 'type' | 'aria-invalid' | 'aria-describedby'
> {
  name: string;
  label: ReactNode;
  /** The label as plain words, for the error summary. */
  summaryLabel: string;
  hint?: ReactNode;
}

/** One yes-or-no box of a <ConferForm> (sent as "on" when ticked), with the server's error beside it. */
export function CheckboxField({ name, label, summaryLabel, hint, ...input }: CheckboxFieldProps) {
  const { id, error, describedBy } = useFieldProblem(name, summaryLabel, Boolean(hint));
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <FieldError id={id} error={error} />
      <div className="checkbox">
        <input
          {...input}
          className="checkbox__input"
          type="checkbox"
          id={id}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <label className="checkbox__label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldHint id={id} hint={hint} className="checkbox__hint" />
    </div>
  );
}
