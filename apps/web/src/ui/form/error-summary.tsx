import { useEffect, useRef } from 'react';
import { fieldId, useFormState } from './form-context';

/**
 * "There is a problem": after a failed submit, the form's message and each field's error as a link to that field.
 * It takes the focus, so that keyboard and screen-reader users land on what went wrong.
 */
export function ErrorSummary() {
  const { id, problem, labels } = useFormState();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) box.current?.focus();
  }, [problem]);
  if (!problem) return null;
  const fieldErrors = Object.entries(problem.fields);
  return (
    <div className="error-summary" ref={box} tabIndex={-1} aria-labelledby={`${id}-problem`}>
      <h2 className="error-summary__title" id={`${id}-problem`}>
        There is a problem
      </h2>
      {problem.message && <p>{problem.message}</p>}
      {fieldErrors.length > 0 && (
        <ul>
          {fieldErrors.map(([name, reason]) => (
            <li key={name}>
              {labels.has(name) ? (
                <a href={`#${fieldId(id, name)}`}>
                  {labels.get(name)}: {reason}
                </a>
              ) : (
                reason
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
