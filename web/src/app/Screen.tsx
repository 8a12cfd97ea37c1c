import { lazy, Suspense, useEffect } from 'react';
import type { ReactNode } from 'react';
import { AdminPage, JurisdictionAdminPage } from '../features/admin';
import { ApprovalsPage } from '../features/approvals';
import { AuditPage } from '../features/audit';
import { CaseCreate, CaseEdit, CaseList, CasePage } from '../features/cases';
import { FrontlineNew, FrontlinePage, FrontlineReportPage, InboxPage } from '../features/frontline';
import { IntelListPage, IntelReportPage, IntelSearchPage, IntelStatsPage, NoticesPage, ReviewPage, SearchLogPage } from '../features/intelligence';
import { ClusterPage, DeconflictionPage, MatchDetailPage, MatchQueuePage } from '../features/matches';
import { NotificationsPage } from '../features/notifications';
import { PartnersPage } from '../features/partners';
import { ProtectionCreate, ProtectionFilePage, ProtectionListPage } from '../features/protection';
import { OverdueReferralsPage, ReferralsPage } from '../features/referrals';
import { SearchPage } from '../features/search';
import { StatsPage } from '../features/stats';
import { CalendarPage, TasksPage } from '../features/tasks';
import { NodeTimelinePage } from '../features/timeline';
import { WorkflowAdminPage } from '../features/workflow';
import { navigate } from '../shared/router';
import { useSession } from '../shared/session';
import { useI18n } from '../shared/useI18n';
import { allowed, homePath } from './routes';
import type { Route } from './routes';

// The analyst's screens carry Cytoscape, d3 and the world atlas: loaded when first opened.
const GraphPage = lazy(() => import('../features/graph').then((m) => ({ default: m.GraphPage })));
const MoneyPage = lazy(() => import('../features/money').then((m) => ({ default: m.MoneyPage })));
const CallsPage = lazy(() => import('../features/calls').then((m) => ({ default: m.CallsPage })));
const RouteMapPage = lazy(() => import('../features/routemap').then((m) => ({ default: m.RouteMapPage })));

function Later({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>{children}</Suspense>;
}

function Message({ messageKey }: { messageKey: string }) {
  const { t } = useI18n();
  return (
    <section className="page">
      <p className="alert alert-info" role="status">{t(messageKey)}</p>
    </section>
  );
}

/** Picks the screen for a route; screens the user may not open are not rendered at all. */
export function Screen({ route }: { route: Route }) {
  const { can } = useSession();
  const home = homePath(can);
  useEffect(() => {
    if (route.name === 'home' && home) navigate(home, true);
  }, [route.name, home]);

  if (!allowed(route, can)) return <Message messageKey="errors.forbidden" />;
  switch (route.name) {
    case 'home':
      return home ? null : <Message messageKey="app.nothing_to_show" />;
    case 'cases':
      return <CaseList />;
    case 'case-new':
      return <CaseCreate />;
    case 'case':
      return <CasePage key={route.id} id={route.id} tab={route.tab} item={route.item} />;
    case 'case-edit':
      return <CaseEdit key={route.id} id={route.id} />;
    case 'search':
      return <SearchPage />;
    case 'audit':
      return <AuditPage />;
    case 'admin':
      return <AdminPage />;
    case 'admin-workflows':
      return <WorkflowAdminPage wid={route.wid} version={route.version} />;
    case 'admin-jurisdictions':
      return <JurisdictionAdminPage />;
    case 'tasks':
      return <TasksPage />;
    case 'calendar':
      return <CalendarPage />;
    case 'notifications':
      return <NotificationsPage />;
    case 'approvals':
      return <ApprovalsPage />;
    case 'frontline':
      return <FrontlinePage />;
    case 'frontline-new':
      return <FrontlineNew />;
    case 'frontline-report':
      return <FrontlineReportPage key={route.id} id={route.id} />;
    case 'frontline-inbox':
      return <InboxPage />;
    case 'protection':
      return <ProtectionListPage />;
    case 'protection-new':
      return <ProtectionCreate />;
    case 'protection-file':
      return <ProtectionFilePage key={route.id} id={route.id} />;
    case 'referrals':
      return <ReferralsPage />;
    case 'referrals-overdue':
      return <OverdueReferralsPage />;
    case 'partners':
      return <PartnersPage />;
    case 'stats-protection':
      return <StatsPage />;
    case 'matches':
      return <MatchQueuePage />;
    case 'match':
      return <MatchDetailPage key={route.mid} mid={route.mid} />;
    case 'entity-cluster':
      return <ClusterPage key={`${route.id}/${route.eid}`} caseId={route.id} eid={route.eid} />;
    case 'deconfliction':
      return <DeconflictionPage />;
    case 'intelligence':
      return <IntelListPage />;
    case 'intelligence-review':
      return <ReviewPage />;
    case 'intelligence-report':
      return <IntelReportPage key={route.id} id={route.id} />;
    case 'intelligence-search':
      return <IntelSearchPage />;
    case 'intelligence-stats':
      return <IntelStatsPage />;
    case 'intelligence-notices':
      return <NoticesPage />;
    case 'audit-intelligence-searches':
      return <SearchLogPage />;
    case 'graph':
      return (
        <Later>
          <GraphPage />
        </Later>
      );
    case 'money':
      return (
        <Later>
          <MoneyPage />
        </Later>
      );
    case 'calls':
      return (
        <Later>
          <CallsPage />
        </Later>
      );
    case 'routes':
      return (
        <Later>
          <RouteMapPage />
        </Later>
      );
    case 'timeline':
      return <NodeTimelinePage />;
    case 'not-found':
      return <Message messageKey="errors.not_found" />;
  }
}
