import { NavLink } from 'react-router';

export const ADMIN_SECTIONS = [
  { to: '/admin/invitations', label: 'Invitations', text: 'Invite new members, with their role and cohort.' },
  { to: '/admin/topics', label: 'Topics', text: 'The topics members choose from, and their names.' },
  { to: '/admin/cohorts', label: 'Cohorts', text: 'The programme cohorts members belong to.' },
  { to: '/admin/reports', label: 'Reports', text: 'What members have reported, to look at and settle.' },
  { to: '/admin/audit-log', label: 'Audit log', text: 'Every moderation and admin action, latest first.' },
];

/** The admin pages' own navigation, under each admin page's heading. */
export function AdminNav() {
  return (
    <nav className="admin-nav" aria-label="Admin">
      <ul className="admin-nav__list">
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.to}>
            <NavLink className="admin-nav__link" to={section.to}>
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
