import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { BLOCK_MEMBER, UNBLOCK_MEMBER } from '../../graphql/people-operations';
import { useAnnounce } from '../../ui/announcer';
import { ConfirmPanel } from '../../ui/people/confirm-panel';

/** Block this member (after saying what it does), or lift the block. */
export function BlockPanel({
  memberId,
  name,
  blocked,
}: {
  memberId: string;
  name: string;
  blocked: boolean;
}) {
  const options = { refetchQueries: ['Member'], awaitRefetchQueries: true };
  const [block, blocking] = useMutation(BLOCK_MEMBER, options);
  const [unblock, unblocking] = useMutation(UNBLOCK_MEMBER, options);
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');
  const trigger = useRef<HTMLButtonElement>(null);

  const run = async (blockThem: boolean) => {
    setProblem('');
    try {
      if (blockThem) await block({ variables: { memberId } });
      else await unblock({ variables: { memberId } });
      setConfirming(false);
      announce(blockThem ? `You have blocked ${name}.` : `You have unblocked ${name}.`);
      requestAnimationFrame(() => trigger.current?.focus());
    } catch {
      setProblem('That did not work. Please try again.');
    }
  };

  return (
    <section className="member-action" aria-labelledby="block-title">
      <h2 id="block-title">Blocking</h2>
      {blocked ? (
        <>
          <p data-testid="block-state">You have blocked {name}.</p>
          <button
            ref={trigger}
            className="button button--secondary"
            type="button"
            aria-disabled={unblocking.loading}
            onClick={() => void run(false)}
          >
            Unblock {name}
          </button>
        </>
      ) : confirming ? (
        <ConfirmPanel
          warning
          busy={blocking.loading}
          confirmLabel={`Yes, block ${name}`}
          onConfirm={() => void run(true)}
          onCancel={() => {
            setConfirming(false);
            requestAnimationFrame(() => trigger.current?.focus());
          }}
        >
          <p>
            <strong>Block {name}?</strong> They will not be able to start a conversation with you, ask you to
            pair or send you notifications, and neither of you will be suggested to the other. They are not
            told. You can unblock them at any time.
          </p>
        </ConfirmPanel>
      ) : (
        <button
          ref={trigger}
          className="button button--secondary"
          type="button"
          onClick={() => setConfirming(true)}
        >
          Block {name}
        </button>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
