import { Link } from './router';
import { useSession } from './session';
import { useI18n } from './useI18n';

const LINKS = [
  { to: '/graph', key: 'graph.nav.graph', testId: 'analysis-nav-graph' },
  { to: '/money', key: 'graph.nav.money', testId: 'analysis-nav-money' },
  { to: '/calls', key: 'graph.nav.calls', testId: 'analysis-nav-calls' },
  { to: '/routes', key: 'graph.nav.routes', testId: 'analysis-nav-routes' },
  { to: '/timeline', key: 'graph.nav.timeline', testId: 'analysis-nav-timeline' },
];

/** The analyst's screens (link chart, money flow, calls, route map, timeline), the current one marked. */
export function AnalysisNav({ active }: { active: string }) {
  const { t } = useI18n();
  const { can } = useSession();
  if (!can('graph.read')) return null;
  return (
    <nav className="tabs analysis-nav" aria-label={t('graph.nav.label')}>
      {LINKS.map((l) => (
        <Link key={l.to} to={l.to} className={l.to === active ? 'tab active' : 'tab'} aria-current={l.to === active ? 'page' : undefined} data-testid={l.testId}>
          {t(l.key)}
        </Link>
      ))}
    </nav>
  );
}
