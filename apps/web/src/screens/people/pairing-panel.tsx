import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { REQUEST_PAIRING, type MemberProfile, type PairingRequest } from '../../graphql/people-operations';
import { useAnnounce } from '../../ui/announcer';
import { ConferForm } from '../../ui/form/confer-form';
import { dateWords } from '../../ui/people/people-words';
import { TextAreaField } from '../../ui/form/text-area-field';
import { PairingAnswer } from './pairing-answer';

/**
 * Pairing with this member: where things stand (asked, waiting, paired), or a way to propose it with an optional
 * message, or to answer their request.
 */
export function PairingPanel({
  member,
  pairing,
}: {
  member: MemberProfile;
  pairing: PairingRequest | undefined;
}) {
  const [request] = useMutation(REQUEST_PAIRING, { refetchQueries: ['Member'], awaitRefetchQueries: true });
  const announce = useAnnounce();
  const [proposing, setProposing] = useState(false);
  const name = member.displayName;

  const propose = async (values: Record<string, string>) => {
    await request({ variables: { memberId: member.id, message: values.message?.trim() || null } });
    setProposing(false);
    announce(`Request sent. ${name} will be told, and you will hear when they answer.`);
  };

  let body;
  if (pairing?.status === 'ACCEPTED') {
    body = <p data-testid="pairing-state">You and {name} are a collaborative pair.</p>;
  } else if (pairing?.status === 'PENDING' && pairing.recipient?.id === member.id) {
    body = (
      <p data-testid="pairing-state">
        You asked {name} to pair on {dateWords(pairing.createdAt)}. Waiting for their answer.
      </p>
    );
  } else if (pairing?.status === 'PENDING') {
    body = (
      <>
        <p data-testid="pairing-state">{name} has asked you to be their collaborative pair.</p>
        {pairing.message && <blockquote className="pairing-message">{pairing.message}</blockquote>}
        <PairingAnswer request={pairing} />
      </>
    );
  } else if (!member.openToPairing) {
    body = <p className="quiet">{name} is not looking for a collaborative pair just now.</p>;
  } else if (proposing) {
    body = (
      <>
        <ConferForm
          onSubmit={propose}
          submitLabel="Send the request"
          submittingLabel="Sending…"
          label="Propose pairing"
        >
          <TextAreaField
            name="message"
            label={`A message to ${name} (optional)`}
            hint="Say why you would like to pair, in up to 500 characters."
            maxLength={500}
            rows={4}
            autoFocus
          />
        </ConferForm>
        <button className="people-link-button" type="button" onClick={() => setProposing(false)}>
          Cancel: do not ask {name} now
        </button>
      </>
    );
  } else {
    body = (
      <button className="button button--secondary" type="button" onClick={() => setProposing(true)}>
        Propose pairing
      </button>
    );
  }

  return (
    <section className="member-action" aria-labelledby="pairing-title">
      <h2 id="pairing-title">Collaborative pairing</h2>
      {body}
    </section>
  );
}
