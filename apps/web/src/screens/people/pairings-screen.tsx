import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { MY_PAIRINGS, type PairingRequest } from '../../graphql/people-operations';
import { useViewer } from '../../session/session-context';
import { Screen } from '../../ui/layout/screen';
import { dateWords } from '../../ui/people/people-words';
import { PairingAnswer } from './pairing-answer';
import '../../styles/people.css';

function PersonLink({ person }: { person: PairingRequest['requester'] }) {
  if (!person) return <>A former member</>;
  return <Link to={`/members/${person.id}`}>{person.displayName}</Link>;
}

function PairingList({
  title,
  empty,
  items,
  render,
}: {
  title: string;
  empty: string;
  items: PairingRequest[];
  render: (request: PairingRequest) => ReactNode;
}) {
  const id = `pairings-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="pairings-section" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="quiet">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="quiet">{empty}</p>
      ) : (
        <ul className="pairing-list">
          {items.map((request) => (
            <li className="card pairing-card" key={request.id}>
              {render(request)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Requests to pair with me (to answer), the requests I made, and my collaborative pairs. */
export function PairingsScreen() {
  const viewer = useViewer();
  const { data, error } = useQuery(MY_PAIRINGS, { fetchPolicy: 'network-only' });
  const pairings = data?.myPairings;
  const toMe = pairings?.filter((p) => p.status === 'PENDING' && p.recipient?.id === viewer.id) ?? [];
  const mine = pairings?.filter((p) => p.status === 'PENDING' && p.requester?.id === viewer.id) ?? [];
  const pairs = pairings?.filter((p) => p.status === 'ACCEPTED') ?? [];
  const other = (p: PairingRequest) => (p.requester?.id === viewer.id ? p.recipient : p.requester);

  return (
    <Screen
      title="Collaborative pairs"
      lead="A collaborative pair is two members who agree to support each other's work. Find someone in the directory and propose pairing from their profile."
    >
      {!pairings ? (
        error ? (
          <p role="alert">We could not load your pairings. Check your connection and reload the page.</p>
        ) : (
          <p role="status">Loading your pairings…</p>
        )
      ) : (
        <>
          <PairingList
            title="Requests to you"
            empty="Nobody has asked you to pair just now."
            items={toMe}
            render={(request) => (
              <>
                <h3 className="card__title">
                  <PersonLink person={request.requester} />
                </h3>
                {request.requester?.headline && <p>{request.requester.headline}</p>}
                <p className="quiet">Asked on {dateWords(request.createdAt)}</p>
                {request.message && <blockquote className="pairing-message">{request.message}</blockquote>}
                <PairingAnswer request={request} />
              </>
            )}
          />
          <PairingList
            title="Your requests"
            empty="You are not waiting for any answers."
            items={mine}
            render={(request) => (
              <>
                <h3 className="card__title">
                  <PersonLink person={request.recipient} />
                </h3>
                <p className="quiet">Asked on {dateWords(request.createdAt)}: waiting for their answer.</p>
              </>
            )}
          />
          <PairingList
            title="Your pairs"
            empty="You have no collaborative pairs yet."
            items={pairs}
            render={(request) => (
              <>
                <h3 className="card__title">
                  <PersonLink person={other(request)} />
                </h3>
                <p className="quiet">Paired since {dateWords(request.respondedAt ?? request.createdAt)}.</p>
              </>
            )}
          />
          <p>
            <Link to="/directory">Find peers in the directory</Link>
          </p>
        </>
      )}
    </Screen>
  );
}
