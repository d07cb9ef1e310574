import { Route } from 'react-router';
import { AdminGate } from './admin-gate';
import { AdminHomeScreen } from './admin-home-screen';
import { AuditLogScreen } from './audit-log-screen';
import { CohortsScreen } from './cohorts-screen';
import { InvitationsScreen } from './invitations-screen';
import { ReportsScreen } from './reports-screen';
import { TopicsScreen } from './topics-screen';

/** The admin pages, for signed-in admins (others are told they are for admins). */
export function adminRoutes() {
  return [
    <Route key="/admin" path="/admin" element={<AdminGate />}>
      <Route index element={<AdminHomeScreen />} />
      <Route path="invitations" element={<InvitationsScreen />} />
      <Route path="topics" element={<TopicsScreen />} />
      <Route path="cohorts" element={<CohortsScreen />} />
      <Route path="reports" element={<ReportsScreen />} />
      <Route path="audit-log" element={<AuditLogScreen />} />
    </Route>,
  ];
}
