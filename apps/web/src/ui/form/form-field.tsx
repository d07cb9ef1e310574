import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldLabelHintAndError } from './field-messages';
import { useFieldProblem } from './use-field-problem';

export interface FormFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'name' | 'aria-invalid' | 'aria-describedby'
> {
  /** The input's name: the same as the operation's input field, so that the server's error for it shows here. */
  name: string;
  label: string;
  /** Help shown under the label, read out with the field. */
  hint?: ReactNode;
}

/**
 * One labelled input of a <ConferForm>, with its hint and, after a failed submit, the server's words about it
 * (from `extensions.fields`) between the label and the input, tied to it by aria-describedby.
 */
export function FormField({ name, label, hint, type = 'text', ...input }: FormFieldProps) {
  const { id, error, describedBy } = useFieldProblem(name, label, Boolean(hint));
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <FieldLabelHintAndError id={id} label={label} hint={hint} error={error} />
      <input
        {...input}
        className="field__input"
        id={id}
        name={name}
        type={type}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
