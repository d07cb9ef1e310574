import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './session-context';

/** Screens for members only: while the session is checked, a short note; signed out, the sign-in screen. */
export function RequireSignIn() {
  const { status, viewer } = useSession();
  const location = useLocation();
  if (status === 'checking' || (status === 'signed-in' && !viewer)) {
    return (
      <p className="screen__lead" role="status">
        Loading…
      </p>
    );
  }
  if (status === 'signed-out') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
