import { Link } from 'react-router';
import { ADMIN_SECTIONS, AdminNav } from '../../ui/admin/admin-nav';
import { Screen } from '../../ui/layout/screen';

/** /admin: the ways into the admin pages. */
export function AdminHomeScreen() {
  return (
    <Screen
      title="Admin"
      lead="Look after the network: who joins, how it is organised, and what was reported."
    >
      <AdminNav />
      <ul className="card-list">
        {ADMIN_SECTIONS.map((section) => (
          <li className="card" key={section.to}>
            <h2 className="card__title">
              <Link to={section.to}>{section.label}</Link>
            </h2>
            <p>{section.text}</p>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
