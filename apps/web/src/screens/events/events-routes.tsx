import { Route } from 'react-router';
import { EditEventScreen } from './edit-event-screen';
import { EventScreen } from './event-screen';
import { EventsScreen } from './events-screen';
import { NewEventScreen } from './new-event-screen';
import { NotificationsScreen } from './notifications-screen';

/** Events and notifications, for signed-in members. */
export function eventsRoutes() {
  return [
    <Route key="/events" path="/events" element={<EventsScreen />} />,
    <Route key="/events/new" path="/events/new" element={<NewEventScreen />} />,
    <Route key="/events/:id" path="/events/:id" element={<EventScreen />} />,
    <Route key="/events/:id/edit" path="/events/:id/edit" element={<EditEventScreen />} />,
    <Route key="/notifications" path="/notifications" element={<NotificationsScreen />} />,
  ];
}
