import type { NotificationPayload } from '#libs/realtime-contract';
import { useEffect, useRef } from 'react';
import { useRealtime } from '../../realtime/realtime-context';

/**
 * Calls `onNotification` for each notification the realtime service sends the viewer, and `onReconnect` when the
 * connection comes back and is caught up (whatever came meanwhile was not heard: ask again).
 */
export function useLiveNotifications(
  onNotification: (notification: NotificationPayload) => void,
  onReconnect?: () => void,
): void {
  const { client } = useRealtime();
  const heard = useRef(onNotification);
  const back = useRef(onReconnect);
  useEffect(() => {
    heard.current = onNotification;
    back.current = onReconnect;
  });
  useEffect(() => {
    if (!client) return;
    const stopHearing = client.on('notification', (notification) => heard.current(notification));
    const stopReconnect = client.on('caughtUp', () => back.current?.());
    return () => {
      stopHearing();
      stopReconnect();
    };
  }, [client]);
}
