import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { RESPOND_TO_PAIRING, type PairingRequest } from '../../graphql/people-operations';
import { formProblemOf } from '../../graphql/graphql-errors';
import { useAnnounce } from '../../ui/announcer';

/** Accept or decline a request to pair; says the outcome. */
export function PairingAnswer({ request }: { request: PairingRequest }) {
  const [respond, { loading }] = useMutation(RESPOND_TO_PAIRING, {
    refetchQueries: ['MyPairings', 'Member'],
  });
  const announce = useAnnounce();
  const [problem, setProblem] = useState('');
  const name = request.requester?.displayName ?? 'a former member';

  const answer = async (accept: boolean) => {
    if (loading) return;
    setProblem('');
    try {
      await respond({ variables: { requestId: request.id, accept } });
      announce(accept ? `You and ${name} are now a collaborative pair.` : `You declined ${name}'s request.`);
    } catch (error) {
      setProblem(formProblemOf(error).message || 'We could not send your answer. Please try again.');
    }
  };

  return (
    <div className="pairing-answer">
      <div className="button-row">
        <button
          className="button button--primary"
          type="button"
          aria-disabled={loading}
          onClick={() => void answer(true)}
        >
          Accept<span className="visually-hidden"> {name}&apos;s request</span>
        </button>
        <button
          className="button button--secondary"
          type="button"
          aria-disabled={loading}
          onClick={() => void answer(false)}
        >
          Decline<span className="visually-hidden"> {name}&apos;s request</span>
        </button>
      </div>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
