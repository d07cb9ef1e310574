import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { SUGGESTED_PEERS } from '../../graphql/people-operations';
import { MemberCard } from '../../ui/people/member-card';

/** Members the viewer might pair with, best first, each with the reasons in plain words. */
export function SuggestedPeers() {
  const { data, error } = useQuery(SUGGESTED_PEERS, { variables: { first: 4 } });
  const suggestions = data?.suggestedPeers;
  return (
    <section className="suggested-peers" aria-labelledby="suggested-title">
      <h2 id="suggested-title">Suggested pairs</h2>
      {!suggestions && !error && <p role="status">Finding members you might pair with…</p>}
      {error && !suggestions && <p>Suggestions are not available just now.</p>}
      {suggestions && suggestions.length === 0 && (
        <p className="quiet">
          No suggestions yet. Add your region and topics, and say you are open to pairing, on{' '}
          <Link to="/profile">your profile</Link>.
        </p>
      )}
      {suggestions && suggestions.length > 0 && (
        <ul className="card-list" aria-label="Suggested pairs" data-testid="suggested-peers">
          {suggestions.map(({ member, reasons }) => (
            <li key={member.id}>
              <MemberCard member={member}>
                <p className="member-card__why">Why:</p>
                <ul className="member-card__reasons">
                  {reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </MemberCard>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
