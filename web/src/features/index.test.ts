// Pins what each feature exports (its index.ts is its only door), as Primero's index.unit.test.js.
import { describe, expect, it } from 'vitest';
import * as admin from './admin';
import * as approvals from './approvals';
import * as audit from './audit';
import * as auth from './auth';
import * as calls from './calls';
import * as cases from './cases';
import * as documents from './documents';
import * as entities from './entities';
import * as exhibits from './exhibits';
import * as frontline from './frontline';
import * as graph from './graph';
import * as imports from './imports';
import * as intelligence from './intelligence';
import * as interviews from './interviews';
import * as matches from './matches';
import * as money from './money';
import * as notifications from './notifications';
import * as partners from './partners';
import * as prosecution from './prosecution';
import * as protection from './protection';
import * as referrals from './referrals';
import * as routemap from './routemap';
import * as screening from './screening';
import * as search from './search';
import * as stats from './stats';
import * as tasks from './tasks';
import * as timeline from './timeline';
import * as workflow from './workflow';

describe('feature exports', () => {
  it.each([
    ['auth', auth, ['AuthGate', 'LoginForm', 'useLogout']],
    ['cases', cases, ['CASE_TABS', 'CaseCreate', 'CaseEdit', 'CaseList', 'CasePage', 'ITEM_TABS', 'isCaseTab']],
    ['entities', entities, ['EntitiesTab', 'EntityCaption', 'PropertyValue', 'clusterPath', 'indexRecords', 'listParties', 'loadEntitySchema', 'newRecordPath', 'recordPath', 'useCaptionText', 'usePartyOptions', 'usePropertyLabel', 'useSchemaLabel']],
    ['timeline', timeline, ['NodeTimelinePage', 'TimelineTab', 'dateRange', 'getTimeline', 'placeOf']],
    ['exhibits', exhibits, ['ExhibitsTab']],
    ['interviews', interviews, ['InterviewsTab']],
    ['prosecution', prosecution, ['ProsecutionTab']],
    ['documents', documents, ['AttachmentsPanel', 'DocumentsTab', 'uploadDocument']],
    ['search', search, ['SearchPage', 'SearchPanel']],
    ['audit', audit, ['AuditPage']],
    ['admin', admin, ['AdminPage', 'JurisdictionAdminPage']],
    ['workflow', workflow, ['WorkflowAdminPage', 'WorkflowTab']],
    ['approvals', approvals, ['ApprovalsPage']],
    ['tasks', tasks, ['CalendarPage', 'TasksPage', 'TasksTab']],
    ['notifications', notifications, ['NotificationBell', 'NotificationsPage']],
    ['screening', screening, ['ScreeningForm', 'ScreeningList', 'listCaseScreenings']],
    ['frontline', frontline, ['FactsView', 'FrontlineNew', 'FrontlinePage', 'FrontlineReportPage', 'GradingSelects', 'GradingView', 'InboxPage', 'ItemList', 'OpenCaseForm', 'ReportBlocks']],
    ['protection', protection, ['CaseProtectionTab', 'ProtectionCreate', 'ProtectionFilePage', 'ProtectionListPage']],
    ['referrals', referrals, ['OverdueReferralsPage', 'ReferralHistory', 'ReferralStateBadge', 'ReferralsPage', 'checkTransition', 'isRevocable', 'transitionBody', 'transitionReferral']],
    ['partners', partners, ['PartnersPage', 'listPartners']],
    ['stats', stats, ['StatsPage']],
    ['matches', matches, ['ClusterPage', 'DeconflictionPage', 'MatchDetailPage', 'MatchQueuePage']],
    ['graph', graph, ['CaseNetworkTab', 'GraphPage']],
    ['money', money, ['MoneyPage']],
    ['calls', calls, ['CallsPage']],
    ['imports', imports, ['ImportsTab']],
    ['routemap', routemap, ['RouteMap', 'RouteMapPage']],
    ['intelligence', intelligence, ['IntelListPage', 'IntelReportPage', 'IntelSearchPage', 'IntelStatsPage', 'NoticesPage', 'ReviewPage', 'SearchLogPage']],
  ])('%s exports only its public pieces', (_name, mod, expected) => {
    expect(Object.keys(mod).sort()).toEqual([...expected].sort());
  });
});
