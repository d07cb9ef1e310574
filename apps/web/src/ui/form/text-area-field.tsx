import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldLabelHintAndError } from './field-messages';
import { useFieldProblem } from './use-field-problem';

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'name' | 'aria-invalid' | 'aria-describedby'
> {
  name: string;
  label: string;
  hint?: ReactNode;
  /** Shown after the box, e.g. who sees it. */
  after?: ReactNode;
}

/** Like <FormField>, for longer text: a labelled multi-line box, with its hint and the server's words about it. */
export function TextAreaField({ name, label, hint, after, ...area }: TextAreaFieldProps) {
  const { id, error, describedBy } = useFieldProblem(name, label, Boolean(hint));
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <FieldLabelHintAndError id={id} label={label} hint={hint} error={error} />
      <textarea
        {...area}
        className="field__input"
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {after}
    </div>
  );
}
