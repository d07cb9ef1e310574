import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { NavLink } from 'react-router';
import { UNREAD_NOTIFICATION_COUNT } from '../../graphql/events-operations';
import { useAnnounce } from '../announcer';
import { useLiveNotifications } from './use-live-notifications';
import '../../styles/events.css';

/** A bell drawn in the text's colour (no emoji: not every computer has a font for them). */
function BellIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
      />
    </svg>
  );
}

/**
 * The header's link to /notifications with the unread count ("Notifications, 3 unread" to screen readers), kept
 * live by the socket's `notification:new` (and asked again after a reconnect, and every minute as a fallback).
 * When the count goes up, screen readers are told politely.
 */
export function NotificationBell() {
  const announce = useAnnounce();
  const { data, refetch } = useQuery(UNREAD_NOTIFICATION_COUNT, { pollInterval: 60_000 });
  const count = data?.unreadNotificationCount ?? 0;
  const lastSummary = useRef('');
  const previous = useRef<number | null>(null);

  useLiveNotifications(
    (notification) => {
      lastSummary.current = notification.summary;
      void refetch().catch(() => undefined);
    },
    () => void refetch().catch(() => undefined),
  );

  useEffect(() => {
    if (!data) return;
    const before = previous.current;
    previous.current = count;
    if (before === null || count <= before) return;
    const what = lastSummary.current ? `New notification: ${lastSummary.current}. ` : '';
    lastSummary.current = '';
    announce(`${what}${count} unread ${count === 1 ? 'notification' : 'notifications'}.`);
  }, [data, count, announce]);

  return (
    <NavLink className="site-nav__link notification-bell" to="/notifications" data-testid="notification-bell">
      <BellIcon />
      Notifications
      {count > 0 && (
        <>
          {/* Read as one phrase, "Notifications, 3 unread": the words around the badge take no room on screen. */}
          <span className="notification-bell__words">, </span>
          <span className="notification-bell__count">{count > 99 ? '99+' : count}</span>
          <span className="notification-bell__words"> unread</span>
        </>
      )}
    </NavLink>
  );
}
