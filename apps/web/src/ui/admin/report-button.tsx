import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { REPORT, type ReportSubjectType } from '../../graphql/admin-operations';
import { useAnnounce } from '../announcer';
import { ConferForm } from '../form/confer-form';
import { TextAreaField } from '../form/text-area-field';
import '../../styles/admin.css';

export interface ReportButtonProps {
  /** What is reported: MESSAGE, THREAD, MEMBER, EVENT or GROUP (the API's ReportSubjectType). */
  subjectType: ReportSubjectType;
  /** Its id. */
  subjectId: string;
  /** What it is, in words, for the button's accessible name and the form: "Sam's message". Default: "this". */
  subjectLabel?: string;
}

/**
 * "Report": opens a small form asking why (sent with report(input)), to the group's moderators or the admins.
 * Escape or "Cancel" closes it and gives the focus back to the button; what was typed stays on a failed send.
 */
export function ReportButton({ subjectType, subjectId, subjectLabel = 'this' }: ReportButtonProps) {
  const id = useId();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const [report] = useMutation(REPORT);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const thanks = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  useEffect(() => {
    if (sent) thanks.current?.focus();
  }, [sent]);

  if (sent)
    return (
      <p className="admin-report-sent" ref={thanks} tabIndex={-1}>
        Thank you. You reported {subjectLabel}; the people who look after this will read it.
      </p>
    );

  return (
    <div className="admin-report-button">
      <button
        ref={button}
        className="button button--secondary button--small"
        type="button"
        aria-expanded={open}
        aria-controls={open ? `${id}-form` : undefined}
        onClick={() => setOpen((shown) => !shown)}
      >
        Report{subjectLabel !== 'this' && <span className="visually-hidden"> {subjectLabel}</span>}
      </button>
      {open && (
        <div
          id={`${id}-form`}
          className="admin-confirm"
          onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
        >
          <ConferForm
            label={`Report ${subjectLabel}`}
            submitLabel="Send the report"
            submittingLabel="Sending…"
            onSubmit={async (values) => {
              await report({ variables: { input: { subjectType, subjectId, reason: values.reason ?? '' } } });
              setSent(true);
              announce('Report sent. Thank you.');
            }}
          >
            <TextAreaField
              name="reason"
              label="What is wrong?"
              hint="In your own words. Only moderators and admins read it."
              rows={3}
              autoFocus
            />
          </ConferForm>
          <button className="button button--secondary" type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
