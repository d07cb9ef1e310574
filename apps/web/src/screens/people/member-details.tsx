import { Link } from 'react-router';
import type { FieldVisibility, MemberProfile, ProfileField } from '../../graphql/people-operations';
import { AUDIENCE_WORDS, dateWords, LEADER_TYPES } from '../../ui/people/people-words';

/** Who sees each field, when the page is the member's own (null otherwise: nothing is marked). */
export type Audiences = Partial<Record<ProfileField, FieldVisibility>> | null;

/**
 * What the viewer may see of a member (a field kept from them is simply not shown), their pairs and shared groups.
 * On your own page every field is yours to see, so each says who else sees it.
 */
export function MemberDetails({
  member,
  audiences = null,
}: {
  member: MemberProfile;
  audiences?: Audiences;
}) {
  const facts: Array<[string, string | null | undefined, ProfileField | null]> = [
    ['Pronouns', member.pronouns, 'PRONOUNS'],
    ['Kind of leader', member.leaderType ? LEADER_TYPES[member.leaderType] : null, null],
    ['Organisation', member.organisation, 'ORGANISATION'],
    ['Job title or role', member.jobTitle, 'JOB_TITLE'],
    ['Region', member.region?.name, 'REGION'],
    ['Topics', member.topics?.length ? member.topics.map((t) => t.name).join(', ') : null, 'TOPICS'],
    ['Cohort', member.cohort ? `${member.cohort.name} (${member.cohort.year})` : null, 'COHORT'],
    ['Handle', `@${member.handle}`, null],
    ['Member since', dateWords(member.joinedAt), null],
  ];
  // A field without a setting is seen by every member.
  const audience = (field: ProfileField | null) =>
    audiences && (
      <span className="profile-audience" data-testid="audience">
        {AUDIENCE_WORDS[(field && audiences[field]) || 'MEMBERS']}
      </span>
    );
  const sharedGroups = member.groups.filter((group) => group.viewerMembership?.status === 'ACTIVE');
  return (
    <>
      {member.headline && (
        <p className="screen__lead">
          {member.headline} {audience('HEADLINE')}
        </p>
      )}
      {member.openToPairing && <p className="people-tag">Open to pairing</p>}
      <dl className="profile-facts" data-testid="member-facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value, field]) => (
            <div className="profile-facts__row" key={label}>
              <dt>{label}</dt>
              <dd>
                {value} {audience(field)}
              </dd>
            </div>
          ))}
      </dl>
      {member.bio && (
        <section aria-labelledby="bio-title">
          <h2 id="bio-title">About</h2>
          {audience('BIO')}
          <p className="profile-text">{member.bio}</p>
        </section>
      )}
      {member.livedExperience && (
        <section aria-labelledby="lived-title" data-testid="lived-experience">
          <h2 id="lived-title">Lived experience</h2>
          {audience('LIVED_EXPERIENCE')}
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
