import { useLogout } from '../features/auth';
import { NotificationBell } from '../features/notifications';
import { useLookupLabel } from '../shared/reference';
import { LangSwitch } from '../shared/LangSwitch';
import { Link } from '../shared/router';
import { useSession } from '../shared/session';
import { useI18n } from '../shared/useI18n';

interface NavItem {
  to: string;
  labelKey: string;
  testId: string;
  anyOf: string[];
}

const NAV: NavItem[] = [
  { to: '/cases', labelKey: 'nav.cases', testId: 'nav-cases', anyOf: ['case.read'] },
  { to: '/search', labelKey: 'nav.search', testId: 'nav-search', anyOf: ['case.read'] },
  { to: '/tasks', labelKey: 'nav.tasks', testId: 'nav-tasks', anyOf: ['case.read'] },
  { to: '/calendar', labelKey: 'nav.calendar', testId: 'nav-calendar', anyOf: ['case.read'] },
  { to: '/approvals', labelKey: 'nav.approvals', testId: 'nav-approvals', anyOf: ['approval.decide'] },
  { to: '/audit', labelKey: 'nav.audit', testId: 'nav-audit', anyOf: ['audit.read'] },
  { to: '/admin', labelKey: 'nav.admin', testId: 'nav-admin', anyOf: ['user.manage', 'unit.manage'] },
];

/** Header: name, navigation by permission, the notifications bell, language switch, sign-out. */
export function Header({ pathname }: { pathname: string }) {
  const { t } = useI18n();
  const { user, can } = useSession();
  const logout = useLogout();
  const label = useLookupLabel();
  return (
    <header className="header">
      <Link to="/" className="brand">{t('app.name')}</Link>
      <nav className="nav" aria-label={t('nav.label')}>
        {NAV.filter((n) => n.anyOf.some(can)).map((n) => (
          <Link key={n.to} to={n.to} data-testid={n.testId} className={pathname.startsWith(n.to) ? 'active' : undefined} aria-current={pathname.startsWith(n.to) ? 'page' : undefined}>
            {t(n.labelKey)}
          </Link>
        ))}
      </nav>
      <div className="header-user">
        {user && (
          <span className="who" data-testid="header-user">
            <strong>{user.display_name || user.username}</strong>
            <span className="muted"> · {label('roles', user.role)}{user.unit?.code ? ` · ${user.unit.code}` : ''}</span>
          </span>
        )}
        {user && <NotificationBell pathname={pathname} />}
        <LangSwitch />
        <button type="button" data-testid="logout" onClick={logout}>
          {t('buttons.logout')}
        </button>
      </div>
    </header>
  );
}
