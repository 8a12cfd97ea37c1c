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
  { to: '/matches', labelKey: 'nav.matches', testId: 'nav-matches', anyOf: ['match.read'] },
  { to: '/deconfliction', labelKey: 'nav.deconfliction', testId: 'nav-deconfliction', anyOf: ['deconfliction.read'] },
  { to: '/intelligence', labelKey: 'nav.intelligence', testId: 'nav-intelligence', anyOf: ['intel.read'] },
  { to: '/graph', labelKey: 'nav.graph', testId: 'nav-graph', anyOf: ['graph.read'] },
  { to: '/frontline', labelKey: 'nav.frontline', testId: 'nav-frontline', anyOf: ['frontline.report'] },
  { to: '/frontline/inbox', labelKey: 'nav.inbox', testId: 'nav-inbox', anyOf: ['frontline.inbox'] },
  { to: '/protection', labelKey: 'nav.protection', testId: 'nav-protection', anyOf: ['protection.read'] },
  { to: '/referrals', labelKey: 'nav.referrals', testId: 'nav-referrals', anyOf: ['referral.respond', 'protection.read'] },
  { to: '/partners', labelKey: 'nav.partners', testId: 'nav-partners', anyOf: ['partner.manage', 'protection.read'] },
  { to: '/stats/protection', labelKey: 'nav.stats', testId: 'nav-stats', anyOf: ['stats.read'] },
  { to: '/audit', labelKey: 'nav.audit', testId: 'nav-audit', anyOf: ['audit.read'] },
  { to: '/admin', labelKey: 'nav.admin', testId: 'nav-admin', anyOf: ['user.manage', 'unit.manage'] },
  { to: '/admin/jurisdictions', labelKey: 'nav.jurisdictions', testId: 'nav-jurisdictions', anyOf: ['jurisdiction.admin'] },
];

/**
 * The item the address belongs to: the longest `to` it starts with (so `/frontline/inbox` is the
 * inbox, not "my reports"), or null.
 */
export function activeNav(pathname: string, items: { to: string }[]): string | null {
  const hits = items.filter((n) => pathname.startsWith(n.to));
  return hits.reduce<string | null>((best, n) => (best === null || n.to.length > best.length ? n.to : best), null);
}

/** Header: name, navigation by permission, the notifications bell, language switch, sign-out. */
export function Header({ pathname }: { pathname: string }) {
  const { t } = useI18n();
  const { user, can } = useSession();
  const logout = useLogout();
  const label = useLookupLabel();
  const items = NAV.filter((n) => n.anyOf.some(can));
  const active = activeNav(pathname, items);
  return (
    <header className="header">
      <Link to="/" className="brand">{t('app.name')}</Link>
      <nav className="nav" aria-label={t('nav.label')}>
        {items.map((n) => (
          <Link key={n.to} to={n.to} data-testid={n.testId} className={n.to === active ? 'active' : undefined} aria-current={n.to === active ? 'page' : undefined}>
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
