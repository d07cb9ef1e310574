import { Outlet } from 'react-router';
import { useViewer } from '../../session/session-context';
import { Screen } from '../../ui/layout/screen';
import '../../styles/admin.css';

/** The admin pages are for admins: anyone else is told so plainly (and the API refuses them anyway). */
export function AdminGate() {
  const viewer = useViewer();
  if (viewer.role !== 'ADMIN')
    return (
      <Screen
        title="This page is for admins"
        lead="Only the platform's admins can use these pages. If you think you should be one, ask an admin."
      />
    );
  return <Outlet />;
}
