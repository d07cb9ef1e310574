import { Link } from 'react-router';
import type { HomeData } from '../../graphql/admin-operations';
import { plural } from '../discussions/group-words';

/** Your groups, each with its unread messages (from your threads), and your direct messages' unread. */
export function HomeGroups({ data }: { data: HomeData }) {
  const unread = new Map<string, number>();
  let direct = 0;
  for (const { node } of data.myThreads.edges) {
    if (node.group) unread.set(node.group.id, (unread.get(node.group.id) ?? 0) + node.unreadCount);
    else direct += node.unreadCount;
  }
  return (
    <section className="home-section" aria-labelledby="home-groups">
      <h2 id="home-groups">Your groups</h2>
      {data.me.groups.length === 0 ? (
        <p className="empty-state">
          You are not in any groups yet. <Link to="/groups">Find a group to join</Link>.
        </p>
      ) : (
        <ul className="home-list" aria-labelledby="home-groups">
          {data.me.groups.map((group) => {
            const count = unread.get(group.id) ?? 0;
            return (
              <li key={group.id}>
                <Link to={`/groups/${group.slug}`}>{group.name}</Link>{' '}
                <span className={count > 0 ? 'home-count home-count--new' : 'home-count'}>
                  {count > 0 ? plural(count, 'unread message', 'unread messages') : 'nothing new'}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {direct > 0 && (
        <p>
          <Link to="/messages">Your messages</Link>{' '}
          <span className="home-count home-count--new">
            {plural(direct, 'unread message', 'unread messages')}
          </span>
        </p>
      )}
    </section>
  );
}

function eventTime(iso: string, timezone: string): string {
  try {
    return new Date(iso).toLocaleString('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: timezone,
      timeZoneName: 'short',
    });
  } catch {
    return new Date(iso).toLocaleString('en-GB', { dateStyle: 'full', timeStyle: 'short' });
  }
}

/** Your next events: going, waiting, or running them. */
export function HomeEvents({ data }: { data: HomeData }) {
  const events = data.myEvents.edges.map((edge) => edge.node);
  return (
    <section className="home-section" aria-labelledby="home-events">
      <h2 id="home-events">Your next events</h2>
      {events.length === 0 ? (
        <p className="empty-state">
          You have no events coming up. <Link to="/events">See what is on</Link>.
        </p>
      ) : (
        <>
          <ul className="home-list" aria-labelledby="home-events">
            {events.map((event) => (
              <li key={event.id}>
                <Link to={`/events/${event.id}`}>{event.title}</Link>
                <span className="home-when">{eventTime(event.startsAt, event.timezone)}</span>
              </li>
            ))}
          </ul>
          {data.myEvents.pageInfo.hasNextPage && (
            <p>
              <Link to="/events?view=mine">All your events</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** How many notifications are unread, and the way to them. */
export function HomeNotifications({ count }: { count: number }) {
  return (
    <section className="home-section" aria-labelledby="home-notifications">
      <h2 id="home-notifications">Notifications</h2>
      <p>
        {count > 0
          ? `You have ${plural(count, 'unread notification', 'unread notifications')}.`
          : 'Nothing new.'}{' '}
        <Link to="/notifications">See your notifications</Link>
      </p>
    </section>
  );
}

/** The first three members suggested as collaborative pairs, with why. */
export function HomeSuggestions({ data }: { data: HomeData }) {
  return (
    <section className="home-section" aria-labelledby="home-peers">
      <h2 id="home-peers">People you might pair with</h2>
      {data.suggestedPeers.length === 0 ? (
        <p className="empty-state">
          No suggestions yet. <Link to="/directory">Find peers in the directory</Link>, or add your region and
          topics to <Link to="/profile">your profile</Link> so that Confer can suggest some.
        </p>
      ) : (
        <ul className="home-list" aria-labelledby="home-peers">
          {data.suggestedPeers.slice(0, 3).map(({ member, reasons }) => (
            <li key={member.id}>
              <Link to={`/members/${member.id}`}>{member.displayName}</Link>
              {member.headline && <span className="home-when">{member.headline}</span>}
              {reasons.length > 0 && <span className="quiet home-when">{reasons.join(' · ')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
