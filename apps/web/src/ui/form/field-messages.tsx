import type { ReactNode } from 'react';

/** Help about a field, read out with it (its id is in the field's aria-describedby). */
export function FieldHint({ id, hint, className }: { id: string; hint?: ReactNode; className?: string }) {
  if (!hint) return null;
  return (
    <p className={className ? `field__hint ${className}` : 'field__hint'} id={`${id}-hint`}>
      {hint}
    </p>
  );
}

/** The server's words about one field, read out with it (its id is in the field's aria-describedby). */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="field__error" id={`${id}-error`}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  );
}

/** What stands above a field's control: its label, its hint, then the server's words about it. */
export function FieldLabelHintAndError({
  id,
  label,
  hint,
  error,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error: string | undefined;
}) {
  return (
    <>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </>
  );
}
