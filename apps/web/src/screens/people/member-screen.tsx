import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCodeOf, formProblemOf } from '../../graphql/graphql-errors';
import { MEMBER, START_DIRECT_THREAD } from '../../graphql/people-operations';
import { useViewer } from '../../session/session-context';
import { Screen } from '../../ui/layout/screen';
import { ReportButton } from '../../ui/admin/report-button';
import { BlockPanel } from './block-panel';
import { MemberDetails } from './member-details';
import { PairingPanel } from './pairing-panel';
import '../../styles/people.css';

/** A member's profile as the viewer may see it, with "Start a conversation", "Propose pairing" and blocking. */
export function MemberScreen() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const navigate = useNavigate();
  const { data, error } = useQuery(MEMBER, { variables: { id } });
  const [start, starting] = useMutation(START_DIRECT_THREAD);
  const [problem, setProblem] = useState('');

  if (!data) {
    const missing = errorCodeOf(error) === 'NOT_FOUND';
    return (
      <Screen title={missing ? 'Member not found' : 'Member profile'}>
        {missing ? (
          <p>
            This member does not exist, has left, or keeps their profile out of the directory.{' '}
            <Link to="/directory">Search the directory</Link>
          </p>
        ) : error ? (
          <p role="alert">We could not load this profile. Check your connection and reload the page.</p>
        ) : (
          <p role="status">Loading the profile…</p>
        )}
      </Screen>
    );
  }

  const { member, blockedMembers, myPairings } = data;
  const isMe = member.id === viewer.id;
  const blocked = blockedMembers.some((b) => b.id === member.id);
  const pairing = myPairings.find((p) => p.requester?.id === member.id || p.recipient?.id === member.id);

  const startConversation = async () => {
    if (starting.loading) return;
    setProblem('');
    try {
      const result = await start({ variables: { memberId: member.id } });
      if (result.data) await navigate(`/threads/${result.data.startDirectThread.id}`);
    } catch (failure) {
      setProblem(formProblemOf(failure).message || 'We could not start the conversation. Please try again.');
    }
  };

  return (
    <Screen title={member.displayName}>
      {isMe && (
        <p className="member-action" data-testid="own-profile-note">
          This is your profile. Beside each part is who else sees it: some of it only you see.{' '}
          <Link to="/profile">Edit my profile and who sees it</Link>.{' '}
          <Link to="/sessions">Where you’re signed in</Link>
        </p>
      )}
      <MemberDetails
        member={member}
        audiences={
          isMe ? Object.fromEntries((member.visibility ?? []).map((v) => [v.field, v.visibility])) : null
        }
      />
      {isMe ? null : (
        <>
          <section className="member-action" aria-labelledby="talk-title">
            <h2 id="talk-title">Talk to {member.displayName}</h2>
            <button
              className="button button--primary"
              type="button"
              aria-disabled={starting.loading}
              onClick={() => void startConversation()}
            >
              {starting.loading ? 'Opening the conversation…' : 'Start a conversation'}
            </button>
            {problem && (
              <p className="field__error" role="alert">
                {problem}
              </p>
            )}
          </section>
          <PairingPanel member={member} pairing={pairing} />
          <BlockPanel memberId={member.id} name={member.displayName} blocked={blocked} />
          <section className="member-action" aria-label={`Report ${member.displayName}`}>
            <ReportButton subjectType="MEMBER" subjectId={member.id} subjectLabel={member.displayName} />
          </section>
        </>
      )}
    </Screen>
  );
}
