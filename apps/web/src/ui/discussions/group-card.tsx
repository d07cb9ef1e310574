import { Link } from 'react-router';
import type { GroupSummary } from '../../graphql/groups-operations';
import { membershipWords, plural, VISIBILITY_WORDS } from './group-words';

/** One group in a list: its name (a link), what kind of group it is, its size and your place in it. */
export function GroupCard({ group }: { group: GroupSummary }) {
  const mine = membershipWords(group.viewerMembership);
  return (
    <li className="card group-card">
      <h3 className="card__title">
        <Link to={`/groups/${group.slug}`}>{group.name}</Link>
      </h3>
      <p className="group-card__facts">
        <span className="tag">{VISIBILITY_WORDS[group.visibility].label}</span>{' '}
        {plural(group.memberCount, 'member')}
        {mine && <strong className="group-card__mine"> · {mine}</strong>}
      </p>
      {group.description && <p className="group-card__description">{group.description}</p>}
    </li>
  );
}
