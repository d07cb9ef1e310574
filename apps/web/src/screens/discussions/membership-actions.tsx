import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import {
  ACCEPT_GROUP_INVITATION,
  JOIN_GROUP,
  LEAVE_GROUP,
  type GroupDetail,
} from '../../graphql/groups-operations';
import { useAnnounce } from '../../ui/announcer';
import { useAction } from '../../ui/discussions/use-action';

const REFRESH = {
  refetchQueries: ['Group', 'GroupThreads', 'GroupMembers', 'Groups'],
  awaitRefetchQueries: true,
};

/**
 * Join (at once), ask to join (with a note, when the server says joining needs approval), accept an invitation, or
 * leave: offered as the group's viewerCan allows; the wording follows the viewer's membership.
 */
export function MembershipActions({ group }: { group: GroupDetail }) {
  const [join] = useMutation(JOIN_GROUP);
  const [accept] = useMutation(ACCEPT_GROUP_INVITATION);
  const [leave] = useMutation(LEAVE_GROUP);
  const announce = useAnnounce();
  const { busy, problem, run } = useAction();
  const [note, setNote] = useState('');
  const can = group.viewerCan;
  const status = group.viewerMembership?.status;
  const variables = { groupId: group.id };

  const act = (action: () => Promise<unknown>, said: string) => () =>
    void run(action).then((ok) => ok && announce(said));
  const ask = (event: FormEvent) => {
    event.preventDefault();
    act(
      () => join({ variables: { ...variables, message: note.trim() || null }, ...REFRESH }),
      'Request sent.',
    )();
  };
  const problemLine = problem && (
    <p className="inline-error" role="alert">
      {problem}
    </p>
  );

  if (status === 'ACTIVE' && can.leave)
    return (
      <div className="membership">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={busy}
          onClick={act(() => leave({ variables, ...REFRESH }), `You have left ${group.name}.`)}
        >
          Leave this group
        </button>
        {problemLine}
      </div>
    );
  if (status === 'PENDING')
    return (
      <div className="membership">
        <p className="notice" role="status">
          <strong>Request sent.</strong> An owner or moderator of the group will decide; we will tell you.
        </p>
        {can.leave && (
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={busy}
            onClick={act(() => leave({ variables, ...REFRESH }), 'Your request is withdrawn.')}
          >
            Withdraw my request
          </button>
        )}
        {problemLine}
      </div>
    );
  if (status === 'INVITED')
    return (
      <div className="membership">
        <p className="notice">You are invited to join this group.</p>
        <div className="button-row button-row--compact">
          {can.join && (
            <button
              type="button"
              className="button button--primary"
              aria-disabled={busy}
              onClick={act(() => accept({ variables, ...REFRESH }), `Welcome to ${group.name}.`)}
            >
              Accept the invitation
            </button>
          )}
          {can.leave && (
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={busy}
              onClick={act(() => leave({ variables, ...REFRESH }), 'Invitation declined.')}
            >
              Decline
            </button>
          )}
        </div>
        {problemLine}
      </div>
    );
  if (!can.join)
    return status === 'BANNED' ? <p className="notice">You cannot take part in this group.</p> : null;
  if (!can.joinNeedsApproval)
    return (
      <div className="membership">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={busy}
          onClick={act(() => join({ variables, ...REFRESH }), `You have joined ${group.name}.`)}
        >
          Join this group
        </button>
        {problemLine}
      </div>
    );
  return (
    <form className="membership form" onSubmit={ask} aria-label="Ask to join">
      <p>Only members can read this group. Ask to join, and an owner or moderator will decide.</p>
      <div className="field">
        <label className="field__label" htmlFor="join-note">
          A note to the group (optional)
        </label>
        <p className="field__hint" id="join-note-hint">
          For example, why you would like to join.
        </p>
        <textarea
          id="join-note"
          className="field__input"
          rows={3}
          value={note}
          aria-describedby="join-note-hint"
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <button type="submit" className="button button--primary" aria-disabled={busy}>
        {busy ? 'Sending…' : 'Ask to join'}
      </button>
      {problemLine}
    </form>
  );
}
