import { fieldId, useFormState } from './form-context';

/**
 * What a field of a <ConferForm> needs to show the server's words about it: its id (the error summary links to
 * it), its error (from `extensions.fields`), and the ids that describe it (hint, error), for aria-describedby.
 * Registers the label for the error summary.
 */
export function useFieldProblem(name: string, label: string, hasHint: boolean) {
  const form = useFormState();
  form.labels.set(name, label);
  const id = fieldId(form.id, name);
  const error = form.problem?.fields[name];
  const describedBy = [hasHint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, error, describedBy: describedBy || undefined };
}
