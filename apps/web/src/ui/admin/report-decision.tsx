import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { RESOLVE_REPORT, type Report, type ReportAction } from '../../graphql/admin-operations';
import { ConferForm } from '../form/confer-form';
import { ACTION_WORDS, SUBJECT_WORDS } from './report-words';

/**
 * Settling an open report: choose what to do, add a note, then confirm. What was chosen and typed stays while
 * confirming, going back, or when the request fails.
 */
export function ReportDecision({
  report,
  onSettled,
}: {
  report: Report;
  onSettled: (words: string) => void;
}) {
  const id = useId();
  const [action, setAction] = useState<ReportAction | ''>('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [resolveReport] = useMutation(RESOLVE_REPORT);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const continueButton = useRef<HTMLButtonElement>(null);
  const firstChoice = useRef<HTMLInputElement>(null);
  const moved = useRef(false);

  const actions: ReportAction[] = ['DISMISS', 'HIDE_CONTENT', 'SUSPEND_MEMBER'].filter(
    (choice) =>
      (choice !== 'HIDE_CONTENT' || report.subjectType !== 'MEMBER') &&
      (choice !== 'SUSPEND_MEMBER' || report.subjectMember !== null),
  ) as ReportAction[];

  useEffect(() => {
    if (!moved.current) return;
    if (confirming) confirmHeading.current?.focus();
    else continueButton.current?.focus();
  }, [confirming]);

  if (confirming && action) {
    const words = ACTION_WORDS[action];
    return (
      <div className="admin-confirm" onKeyDown={(event) => event.key === 'Escape' && setConfirming(false)}>
        <h4 ref={confirmHeading} tabIndex={-1}>
          {words.choice}?
        </h4>
        <p>{words.confirm}</p>
        {note.trim() && <p className="quiet">Your note: {note.trim()}</p>}
        <ConferForm
          label="Confirm the decision"
          submitLabel={words.yes}
          submittingLabel="Saving…"
          onSubmit={async () => {
            await resolveReport({ variables: { id: report.id, action, note: note.trim() || null } });
            onSettled(`Report of ${SUBJECT_WORDS[report.subjectType]} settled: ${words.done.toLowerCase()}.`);
          }}
        >
          {null}
        </ConferForm>
        <button className="button button--secondary" type="button" onClick={() => setConfirming(false)}>
          Go back
        </button>
      </div>
    );
  }

  return (
    <form
      className="admin-decision"
      aria-label={`Decide on the report of ${SUBJECT_WORDS[report.subjectType]}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!action) {
          setMissing(true);
          firstChoice.current?.focus();
          return;
        }
        moved.current = true;
        setConfirming(true);
      }}
    >
      <fieldset
        className={missing ? 'field field--error' : 'field'}
        aria-describedby={missing ? `${id}-error` : undefined}
      >
        <legend className="field__label">What should happen?</legend>
        {missing && (
          <p className="field__error" id={`${id}-error`}>
            <span className="visually-hidden">Error: </span>Choose what should happen.
          </p>
        )}
        {actions.map((choice, index) => (
          <div className="admin-choice" key={choice}>
            <input
              ref={index === 0 ? firstChoice : undefined}
              type="radio"
              id={`${id}-${choice}`}
              name={`${id}-action`}
              value={choice}
              checked={action === choice}
              onChange={() => {
                setAction(choice);
                setMissing(false);
              }}
            />
            <label htmlFor={`${id}-${choice}`}>{ACTION_WORDS[choice].choice}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-note`}>
          Note (optional)
        </label>
        <p className="field__hint" id={`${id}-note-hint`}>
          Why you decided this: it is kept in the audit log.
        </p>
        <textarea
          className="field__input"
          id={`${id}-note`}
          rows={2}
          value={note}
          aria-describedby={`${id}-note-hint`}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <button ref={continueButton} className="button button--primary" type="submit">
        Continue
      </button>
    </form>
  );
}
