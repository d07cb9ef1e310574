import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { formProblemOf, type FormProblem } from '../../graphql/graphql-errors';
import { ErrorSummary } from './error-summary';
import { FormContext } from './form-context';

export interface ConferFormProps {
  /** Sends the form's values (by input name); a thrown error is shown: per field, and summed up on top. */
  onSubmit: (values: Record<string, string>) => Promise<void>;
  submitLabel: string;
  /** Shown on the button while the request is under way, e.g. "Signing in…". */
  submittingLabel?: string;
  /** Accessible name of the form, e.g. "Sign in". */
  label?: string;
  children: ReactNode;
}

/**
 * A form that sends its fields' values, shows the server's errors next to the fields they concern (<FormField>)
 * and in an error summary that takes the focus, and keeps what was typed when a request fails.
 */
export function ConferForm({ onSubmit, submitLabel, submittingLabel, label, children }: ConferFormProps) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [labels] = useState(() => new Map<string, string>());

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const values: Record<string, string> = {};
    new FormData(event.currentTarget).forEach((value, name) => {
      if (typeof value === 'string') values[name] = value;
    });
    setSubmitting(true);
    setProblem(null);
    onSubmit(values).then(
      () => setSubmitting(false),
      (error: unknown) => {
        setSubmitting(false);
        setProblem(formProblemOf(error));
      },
    );
  };

  return (
    <FormContext.Provider value={{ id, problem, submitting, labels }}>
      <form className="form" onSubmit={submit} noValidate aria-label={label} aria-busy={submitting}>
        <ErrorSummary />
        {children}
        <button className="button button--primary" type="submit" aria-disabled={submitting}>
          {submitting ? (submittingLabel ?? submitLabel) : submitLabel}
        </button>
      </form>
    </FormContext.Provider>
  );
}
