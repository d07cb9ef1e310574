import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { MemberSummary } from '../../graphql/people-operations';

/** A member in a list: name (their profile's link), headline, region and topics, as far as the viewer may see. */
export function MemberCard({
  member,
  children,
}: {
  member: MemberSummary;
  /** More under the details, e.g. why they are suggested. */
  children?: ReactNode;
}) {
  return (
    <article className="card member-card">
      <h3 className="card__title">
        <Link to={`/members/${member.id}`}>{member.displayName}</Link>
      </h3>
      {member.headline && <p className="member-card__headline">{member.headline}</p>}
      <dl className="member-card__facts">
        {member.region && (
          <div>
            <dt>Region</dt>
            <dd>{member.region.name}</dd>
          </div>
        )}
        {member.topics && member.topics.length > 0 && (
          <div>
            <dt>Topics</dt>
            <dd>{member.topics.map((topic) => topic.name).join(', ')}</dd>
          </div>
        )}
        {member.openToPairing && (
          <div>
            <dt className="visually-hidden">Pairing</dt>
            <dd className="people-tag">Open to pairing</dd>
          </div>
        )}
      </dl>
      {children}
    </article>
  );
}
