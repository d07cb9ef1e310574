import { Route } from 'react-router';
import { GroupScreen } from './group-screen';
import { GroupsScreen } from './groups-screen';
import { JoinRequestsScreen } from './join-requests-screen';
import { MessagesScreen } from './messages-screen';
import { ThreadScreen } from './thread-screen';

/** Groups, threads and direct messages (inside <RequireSignIn>). */
export function discussionsRoutes() {
  return [
    <Route key="/groups" path="/groups" element={<GroupsScreen />} />,
    <Route key="/groups/:slug" path="/groups/:slug" element={<GroupScreen />} />,
    <Route key="/groups/:slug/requests" path="/groups/:slug/requests" element={<JoinRequestsScreen />} />,
    <Route key="/threads/:id" path="/threads/:id" element={<ThreadScreen />} />,
    <Route key="/messages" path="/messages" element={<MessagesScreen />} />,
  ];
}
