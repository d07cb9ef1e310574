import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { GROUP } from '../../graphql/groups-operations';
import { errorCodeOf } from '../../graphql/graphql-errors';
import { useViewer } from '../../session/session-context';
import { plural, VISIBILITY_WORDS, whenWords } from '../../ui/discussions/group-words';
import { Screen } from '../../ui/layout/screen';
import { GroupMembers } from './group-members';
import { GroupThreads } from './group-threads';
import { MembershipActions } from './membership-actions';
import '../../styles/discussions.css';

/** For a group that does not exist or is not for the viewer to see: said plainly, with a way back. */
export function GroupNotFound() {
  return (
    <Screen title="Group not found">
      <p>
        There is no group at this address that you can see. It may have been renamed, or it may be for invited
        members only.
      </p>
      <p>
        <Link to="/groups">See all groups</Link>
      </p>
    </Screen>
  );
}

/** A group: what it is for, its rules, joining or leaving, its threads, events and members, and moderation. */
export function GroupScreen() {
  const { slug = '' } = useParams();
  const viewer = useViewer();
  const { data, loading, error } = useQuery(GROUP, { variables: { slug } });
  if (!data && loading)
    return (
      <Screen title="Group">
        <p className="quiet">Loading the group…</p>
      </Screen>
    );
  if (!data) {
    if (errorCodeOf(error) === 'NOT_FOUND') return <GroupNotFound />;
    return (
      <Screen title="Group">
        <p className="inline-error">
          We could not load this group. Check your connection and reload the page.
        </p>
      </Screen>
    );
  }
  const group = data.group;
  // What the viewer may do here is the server's answer (the group policy), never worked out here.
  const can = group.viewerCan;
  return (
    <Screen title={group.name} lead={group.description || undefined}>
      <p className="group-facts">
        <span className="tag">{VISIBILITY_WORDS[group.visibility].label}</span>{' '}
        {VISIBILITY_WORDS[group.visibility].explained} {plural(group.memberCount, 'member')}.
        {group.region && <> Region: {group.region.name}.</>}
        {group.topics.length > 0 && <> Topics: {group.topics.map((topic) => topic.name).join(', ')}.</>}
      </p>
      {group.rules && (
        <section className="section" aria-labelledby="rules-heading">
          <h2 id="rules-heading">Rules</h2>
          <p className="preserve-lines">{group.rules}</p>
        </section>
      )}
      <MembershipActions group={group} />
      {can.moderate && (
        <p>
          <Link to={`/groups/${group.slug}/requests`}>Requests to join</Link>
        </p>
      )}
      {can.read && (
        <>
          <GroupThreads slug={slug} groupId={group.id} canPost={can.post} canModerate={can.moderate} />
          <section className="section" aria-labelledby="events-heading">
            <h2 id="events-heading">Upcoming events</h2>
            {group.events.length === 0 ? (
              <p className="quiet">No events planned.</p>
            ) : (
              <ul className="plain-list">
                {group.events.map((event) => (
                  <li key={event.id}>
                    <Link to={`/events/${event.id}`}>{event.title}</Link>{' '}
                    <span className="quiet">{whenWords(event.startsAt)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <GroupMembers
            slug={slug}
            groupId={group.id}
            canModerate={can.moderate}
            isOwner={can.own}
            viewerId={viewer.id}
          />
        </>
      )}
    </Screen>
  );
}
