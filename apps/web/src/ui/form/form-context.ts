import { createContext, useContext } from 'react';
import type { FormProblem } from '../../graphql/graphql-errors';

export interface FormState {
  /** The form's id, prefixing its fields' ids. */
  id: string;
  problem: FormProblem | null;
  submitting: boolean;
  /** Field names to their labels, filled in by each <FormField> (the error summary links to them). */
  labels: Map<string, string>;
}

export const FormContext = createContext<FormState | null>(null);

export function useFormState(): FormState {
  const state = useContext(FormContext);
  if (!state) throw new Error('<FormField> and <SubmitButton> go inside a <ConferForm>.');
  return state;
}

export const fieldId = (formId: string, name: string) => `${formId}-${name}`;
