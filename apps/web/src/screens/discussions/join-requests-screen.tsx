import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { appendGroupPage } from '../../graphql/connection';
import { DECIDE_JOIN_REQUEST, JOIN_REQUESTS, type MembershipRow } from '../../graphql/groups-operations';
import { errorCodeOf } from '../../graphql/graphql-errors';
import { useAnnounce } from '../../ui/announcer';
import { shortTime } from '../../ui/discussions/group-words';
import { ShowMore } from '../../ui/show-more';
import { useAction } from '../../ui/discussions/use-action';
import { Screen } from '../../ui/layout/screen';
import { GroupNotFound } from './group-screen';
import '../../styles/discussions.css';

function JoinRequest({ row }: { row: MembershipRow }) {
  const [decide] = useMutation(DECIDE_JOIN_REQUEST);
  const announce = useAnnounce();
  const { busy, problem, run } = useAction();
  const name = row.member?.displayName ?? 'Former member';
  const answer = (approve: boolean) =>
    void run(() =>
      decide({
        variables: { membershipId: row.id, approve },
        refetchQueries: ['JoinRequests'],
        awaitRefetchQueries: true,
      }),
    ).then((ok) => ok && announce(approve ? `${name} is now a member.` : `${name}'s request is declined.`));
  return (
    <li className="card join-request">
      <h2 className="card__title">{name}</h2>
      <p className="quiet">Asked {shortTime(row.createdAt)}</p>
      {row.message ? <p className="preserve-lines">“{row.message}”</p> : <p className="quiet">No note.</p>}
      <div className="button-row button-row--compact">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={busy}
          onClick={() => answer(true)}
        >
          Approve<span className="visually-hidden"> {name}</span>
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={busy}
          onClick={() => answer(false)}
        >
          Decline<span className="visually-hidden"> {name}</span>
        </button>
      </div>
      {problem && (
        <p className="inline-error" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}

/** For owners and moderators: who asked to join, with their note, to approve or decline. */
export function JoinRequestsScreen() {
  const { slug = '' } = useParams();
  const { data, loading, error, fetchMore } = useQuery(JOIN_REQUESTS, { variables: { slug } });
  if (!data && loading)
    return (
      <Screen title="Requests to join">
        <p className="quiet">Loading the requests…</p>
      </Screen>
    );
  if (!data) {
    const code = errorCodeOf(error);
    if (code === 'FORBIDDEN')
      return (
        <Screen title="Requests to join">
          <p>Only the group&apos;s owners and moderators see its requests.</p>
          <p>
            <Link to={`/groups/${slug}`}>Back to the group</Link>
          </p>
        </Screen>
      );
    if (code === 'NOT_FOUND') return <GroupNotFound />;
    return (
      <Screen title="Requests to join">
        <p className="inline-error">
          We could not load the requests. Check your connection and reload the page.
        </p>
      </Screen>
    );
  }
  const requests = data.group.joinRequests;
  return (
    <Screen title={`Requests to join ${data.group.name}`}>
      <p>
        <Link to={`/groups/${slug}`}>Back to {data.group.name}</Link>
      </p>
      {requests.edges.length === 0 ? (
        <p className="quiet">Nobody is waiting. New requests will show here.</p>
      ) : (
        <ul className="card-list card-list--wide">
          {requests.edges.map((edge) => (
            <JoinRequest key={edge.node.id} row={edge.node} />
          ))}
        </ul>
      )}
      <ShowMore
        what="requests"
        pageInfo={requests.pageInfo}
        load={(after) =>
          fetchMore({
            variables: { after },
            updateQuery: appendGroupPage('joinRequests'),
          })
        }
      />
    </Screen>
  );
}
