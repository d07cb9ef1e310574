import { Link } from 'react-router';
import type { MemberProfile } from '../../graphql/people-operations';
import { dateWords, LEADER_TYPES } from '../../ui/people/people-words';

/** What the viewer may see of a member (a field kept from them is simply not shown), their pairs and shared groups. */
export function MemberDetails({ member }: { member: MemberProfile }) {
  const facts: Array<[string, string | null | undefined]> = [
    ['Pronouns', member.pronouns],
    ['Kind of leader', member.leaderType ? LEADER_TYPES[member.leaderType] : null],
    ['Organisation', member.organisation],
    ['Job title or role', member.jobTitle],
    ['Region', member.region?.name],
    ['Topics', member.topics?.length ? member.topics.map((t) => t.name).join(', ') : null],
    ['Cohort', member.cohort ? `${member.cohort.name} (${member.cohort.year})` : null],
    ['Handle', `@${member.handle}`],
    ['Member since', dateWords(member.joinedAt)],
  ];
  const sharedGroups = member.groups.filter((group) => group.viewerMembership?.status === 'ACTIVE');
  return (
    <>
      {member.headline && <p className="screen__lead">{member.headline}</p>}
      {member.openToPairing && <p className="people-tag">Open to pairing</p>}
      <dl className="profile-facts" data-testid="member-facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div className="profile-facts__row" key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {member.bio && (
        <section aria-labelledby="bio-title">
          <h2 id="bio-title">About</h2>
          <p className="profile-text">{member.bio}</p>
        </section>
      )}
      {member.livedExperience && (
        <section aria-labelledby="lived-title">
          <h2 id="lived-title">Lived experience</h2>
          <p className="profile-text">{member.livedExperience}</p>
        </section>
      )}
      {member.pairedWith.length > 0 && (
        <section aria-labelledby="pairs-title">
          <h2 id="pairs-title">Collaborative pairs</h2>
          <p>
            Paired with{' '}
            {member.pairedWith.map((peer, index) => (
              <span key={peer.id}>
                {index > 0 && (index === member.pairedWith.length - 1 ? ' and ' : ', ')}
                <Link to={`/members/${peer.id}`}>{peer.displayName}</Link>
              </span>
            ))}
            .
          </p>
        </section>
      )}
      {sharedGroups.length > 0 && (
        <section aria-labelledby="groups-title">
          <h2 id="groups-title">Groups you share</h2>
          <ul>
            {sharedGroups.map((group) => (
              <li key={group.id}>
                <Link to={`/groups/${group.slug}`}>{group.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
