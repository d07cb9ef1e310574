import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { REINSTATE_MEMBER, RESTORE_CONTENT, type Report } from '../../graphql/admin-operations';
import { useAnnounce } from '../announcer';
import { ConferForm } from '../form/confer-form';
import { TextAreaField } from '../form/text-area-field';
import { SUBJECT_WORDS } from './report-words';

/**
 * After a report was settled: undo it where the API allows: show hidden content again (restoreContent), or
 * reinstate a suspended member (reinstateMember, with a reason).
 */
export function ReportFollowUp({ report }: { report: Report }) {
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  const [restoreContent] = useMutation(RESTORE_CONTENT);
  const [reinstateMember] = useMutation(REINSTATE_MEMBER);
  const member = report.subjectMember;
  const restoring = report.action === 'HIDE_CONTENT';
  if (!restoring && !(report.action === 'SUSPEND_MEMBER' && member)) return null;
  if (done) return <p role="status">{done}</p>;

  const label = restoring
    ? `Show ${SUBJECT_WORDS[report.subjectType]} again`
    : `Reinstate ${member?.displayName}`;
  if (!open)
    return (
      <button className="button button--secondary" type="button" onClick={() => setOpen(true)}>
        {label}…
      </button>
    );
  return (
    <div className="admin-confirm" onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <ConferForm
        label={label}
        submitLabel={restoring ? 'Yes, show it again' : 'Yes, reinstate them'}
        submittingLabel="Saving…"
        onSubmit={async (values) => {
          const words = (values.note ?? '').trim();
          if (restoring)
            await restoreContent({
              variables: {
                subjectType: report.subjectType,
                subjectId: report.subjectId,
                note: words || null,
              },
            });
          else await reinstateMember({ variables: { memberId: member?.id ?? '', reason: words } });
          const said = restoring
            ? 'It shows again for members.'
            : `${member?.displayName} can sign in again.`;
          setDone(said);
          announce(said);
        }}
      >
        <TextAreaField
          name={restoring ? 'note' : 'reason'}
          label={restoring ? 'Note (optional)' : 'Why (required)'}
          hint="Kept in the audit log."
          rows={2}
          autoFocus
        />
      </ConferForm>
      <button className="button button--secondary" type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </div>
  );
}
