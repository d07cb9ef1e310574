import { Link, NavLink, useNavigate } from 'react-router';
import { useSession } from '../../session/session-context';
import { useMayAdminister } from '../../session/use-may-administer';
import { useAnnounce } from '../announcer';
import { NotificationBell } from '../events/notification-bell';

const SECTIONS = [
  { to: '/directory', label: 'Directory' },
  { to: '/groups', label: 'Groups' },
  { to: '/events', label: 'Events' },
  { to: '/messages', label: 'Messages' },
];

/** The top of every page: the name (home), the main sections, notifications, my profile and sign out. */
export function SiteHeader() {
  const { status, viewer, signOut } = useSession();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const signedIn = status === 'signed-in' && viewer;
  const mayAdminister = useMayAdminister(Boolean(signedIn));

  const leave = async () => {
    await signOut();
    announce('You have signed out.');
    await navigate('/sign-in');
  };

  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link className="site-header__name" to="/">
          Confer
        </Link>
        {signedIn ? (
          <nav className="site-nav" aria-label="Main">
            <ul className="site-nav__list">
              {SECTIONS.map((section) => (
                <li key={section.to}>
                  <NavLink className="site-nav__link" to={section.to}>
                    {section.label}
                  </NavLink>
                </li>
              ))}
              <li>
                <NotificationBell />
              </li>
              <li>
                <NavLink className="site-nav__link" to="/profile">
                  My profile<span className="visually-hidden"> ({viewer.displayName})</span>
                </NavLink>
              </li>
              {mayAdminister && (
                <li>
                  <NavLink className="site-nav__link" to="/admin">
                    Admin
                  </NavLink>
                </li>
              )}
              <li>
                <button
                  className="site-nav__link site-nav__button"
                  type="button"
                  onClick={() => void leave()}
                >
                  Sign out
                </button>
              </li>
            </ul>
          </nav>
        ) : (
          status === 'signed-out' && (
            <nav className="site-nav" aria-label="Main">
              <ul className="site-nav__list">
                <li>
                  <NavLink className="site-nav__link" to="/sign-in">
                    Sign in
                  </NavLink>
                </li>
              </ul>
            </nav>
          )
        )}
      </div>
    </header>
  );
}
