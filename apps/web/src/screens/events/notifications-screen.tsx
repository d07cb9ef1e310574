import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { appendPage } from '../../graphql/connection';
import {
  MARK_NOTIFICATIONS_READ,
  NOTIFICATIONS,
  type NotificationItem,
} from '../../graphql/events-operations';
import { useAnnounce } from '../../ui/announcer';
import { shortDateTime } from '../../ui/events/event-time';
import { NotificationPreferences } from '../../ui/events/notification-preferences';
import { ShowMore } from '../../ui/show-more';
import { useLiveNotifications } from '../../ui/events/use-live-notifications';
import { Screen } from '../../ui/layout/screen';
import '../../styles/events.css';

const PAGE = 20;

function NotificationRow({
  item,
  onOpen,
  onMarkRead,
}: {
  item: NotificationItem;
  onOpen: (item: NotificationItem) => void;
  onMarkRead: (item: NotificationItem) => void;
}) {
  const unread = item.readAt === null;
  return (
    <li className={unread ? 'notification notification--unread' : 'notification'} data-testid="notification">
      <p className="notification__summary">
        {unread && <span className="notification__tag">New</span>}
        <Link
          to={item.link}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            onOpen(item);
          }}
        >
          {item.summary}
        </Link>
      </p>
      {item.excerpt && <p className="notification__excerpt">“{item.excerpt}”</p>}
      <p className="notification__when quiet">{shortDateTime(item.updatedAt)}</p>
      {unread && (
        <button className="button button--small" type="button" onClick={() => onMarkRead(item)}>
          Mark as read<span className="visually-hidden">: {item.summary}</span>
        </button>
      )}
    </li>
  );
}

/** /notifications: what concerns the member, latest first; read or unread only; and how they hear of each kind. */
export function NotificationsScreen() {
  const announce = useAnnounce();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const unreadOnly = params.get('show') === 'unread';
  const { data, loading, error, fetchMore, refetch } = useQuery(NOTIFICATIONS, {
    variables: { first: PAGE, unreadOnly },
  });
  const [markRead] = useMutation(MARK_NOTIFICATIONS_READ, {
    refetchQueries: ['Notifications', 'UnreadNotificationCount'],
  });
  useLiveNotifications(
    () => void refetch(),
    () => void refetch(),
  );

  const items = data?.notifications.edges.map((edge) => edge.node) ?? [];
  const anyUnread = items.some((item) => item.readAt === null);

  const open = (item: NotificationItem) => {
    if (item.readAt === null) void markRead({ variables: { ids: [item.id] } }).catch(() => undefined);
    void navigate(item.link);
  };
  const markOne = async (item: NotificationItem) => {
    await markRead({ variables: { ids: [item.id] } });
    announce('Marked as read.');
  };
  const markAll = async () => {
    const { data: marked } = await markRead({ variables: { ids: null } });
    announce(
      marked?.markNotificationsRead ? 'All your notifications are marked as read.' : 'Nothing was unread.',
    );
  };

  return (
    <Screen
      title="Notifications"
      lead="What concerns you: mentions, replies, messages, requests and event news."
    >
      <nav className="event-views" aria-label="Which notifications">
        <ul>
          <li>
            <Link to="/notifications" aria-current={unreadOnly ? undefined : 'page'}>
              All
            </Link>
          </li>
          <li>
            <Link to="/notifications?show=unread" aria-current={unreadOnly ? 'page' : undefined}>
              Unread only
            </Link>
          </li>
        </ul>
      </nav>
      {anyUnread && (
        <p>
          <button
            className="button button--secondary"
            type="button"
            onClick={() => void markAll().catch(() => undefined)}
          >
            Mark all as read
          </button>
        </p>
      )}
      <section aria-labelledby="notifications-heading">
        <h2 id="notifications-heading" className="visually-hidden">
          {unreadOnly ? 'Unread notifications' : 'All notifications'}
        </h2>
        {error && !data ? (
          <p role="alert">We could not load your notifications. Check your connection and reload the page.</p>
        ) : loading && !data ? (
          <p role="status">Loading your notifications…</p>
        ) : items.length === 0 ? (
          <p className="events-empty">
            {unreadOnly
              ? 'You are all caught up: nothing unread.'
              : 'Nothing yet. When someone mentions you, replies to you, or an event you are going to has news, it shows here.'}
          </p>
        ) : (
          <ul className="notification-list">
            {items.map((item) => (
              <NotificationRow
                key={item.id}
                item={item}
                onOpen={open}
                onMarkRead={(one) => void markOne(one).catch(() => undefined)}
              />
            ))}
          </ul>
        )}
        <ShowMore
          what="notifications"
          pageInfo={data?.notifications.pageInfo}
          load={(after) =>
            fetchMore({
              variables: { after },
              updateQuery: (shown, { fetchMoreResult }) => ({
                notifications: appendPage(shown.notifications, fetchMoreResult.notifications),
              }),
            })
          }
        />
      </section>
      <NotificationPreferences />
    </Screen>
  );
}
