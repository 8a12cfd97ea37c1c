import { Link } from '../../shared/router';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';

const LINKS = [
  { to: '/intelligence', key: 'intelligence.nav.reports', testId: 'intel-nav-reports', anyOf: ['intel.read'] },
  { to: '/intelligence/review', key: 'intelligence.nav.review', testId: 'intel-nav-review', anyOf: ['intel.manage'] },
  { to: '/intelligence/search', key: 'intelligence.nav.search', testId: 'intel-nav-search', anyOf: ['intel.search'] },
  { to: '/intelligence/stats', key: 'intelligence.nav.stats', testId: 'intel-nav-stats', anyOf: ['intel.stats'] },
  { to: '/intelligence/notices', key: 'intelligence.nav.notices', testId: 'intel-nav-notices', anyOf: ['deconfliction.read'] },
];

/** The intelligence screens the user may open, the current one marked. */
export function IntelNav({ active }: { active: string }) {
  const { t } = useI18n();
  const { can } = useSession();
  const links = LINKS.filter((l) => l.anyOf.some(can));
  if (links.length < 2) return null;
  return (
    <nav className="tabs intel-nav" aria-label={t('intelligence.nav.label')}>
      {links.map((l) => (
        <Link key={l.to} to={l.to} className={l.to === active ? 'tab active' : 'tab'} aria-current={l.to === active ? 'page' : undefined} data-testid={l.testId}>
          {t(l.key)}
        </Link>
      ))}
    </nav>
  );
}
