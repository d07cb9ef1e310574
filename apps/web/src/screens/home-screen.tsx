import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { HOME } from '../graphql/admin-operations';
import { useRealtime } from '../realtime/realtime-context';
import { useMayAdminister } from '../session/use-may-administer';
import { useViewer } from '../session/session-context';
import { HomeEvents, HomeGroups, HomeNotifications, HomeSuggestions } from '../ui/admin/home-sections';
import { Screen } from '../ui/layout/screen';
import '../styles/admin.css';

const PLACES = [
  { to: '/directory', title: 'Find peers' },
  { to: '/groups', title: 'Groups' },
  { to: '/events', title: 'Events' },
  { to: '/messages', title: 'Messages' },
  { to: '/pairings', title: 'Collaborative pairs' },
  { to: '/profile', title: 'My profile' },
];

const LIVE_WORDS = {
  offline: 'Live updates are off.',
  connecting: 'Connecting live updates…',
  connected: 'Live updates are on.',
  reconnecting: 'Reconnecting live updates…',
} as const;

/** After signing in: a calm overview of what is yours (groups, events, notifications, peers) and the ways in. */
export function HomeScreen() {
  const viewer = useViewer();
  const { status } = useRealtime();
  const mayAdminister = useMayAdminister();
  const { data, loading, error } = useQuery(HOME, { fetchPolicy: 'cache-and-network' });
  return (
    <Screen title={`Welcome, ${viewer.displayName}`} lead="Here is what is happening for you.">
      {mayAdminister && (
        <p className="home-admin">
          <Link to="/admin">Admin pages</Link>: invitations, topics, cohorts, reports and the audit log.
        </p>
      )}
      {error && !data ? (
        <p role="alert">We could not load your overview. Check your connection and reload the page.</p>
      ) : loading && !data ? (
        <p role="status">Loading your overview…</p>
      ) : data ? (
        <div className="home-grid">
          <HomeGroups data={data} />
          <HomeEvents data={data} />
          <HomeNotifications count={data.unreadNotificationCount} />
          <HomeSuggestions data={data} />
        </div>
      ) : null}
      <nav className="home-places" aria-labelledby="home-places">
        <h2 id="home-places">Everywhere on Confer</h2>
        <ul>
          {PLACES.map((place) => (
            <li key={place.to}>
              <Link to={place.to}>{place.title}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="quiet" data-testid="live-status">
        {LIVE_WORDS[status]}
      </p>
    </Screen>
  );
}
