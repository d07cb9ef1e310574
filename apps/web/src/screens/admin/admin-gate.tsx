import { Outlet } from 'react-router';
import { useMayAdminister } from '../../session/use-may-administer';
import { Screen } from '../../ui/layout/screen';
import '../../styles/admin.css';

/** The admin pages are for admins: anyone else is told so plainly (and the API refuses them anyway). */
export function AdminGate() {
  const mayAdminister = useMayAdminister();
  if (mayAdminister === undefined) return <Screen title="Admin" lead="Loading…" />;
  if (!mayAdminister)
    return (
      <Screen
        title="This page is for admins"
        lead="Only the platform's admins can use these pages. If you think you should be one, ask an admin."
      />
    );
  return <Outlet />;
}
