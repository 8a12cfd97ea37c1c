// The route table: path → screen and the permissions that open it (any one suffices).
import { isCaseTab, ITEM_TABS } from '../features/cases';
import type { CaseTab } from '../features/cases';

export type Route =
  | { name: 'home' }
  | { name: 'cases' }
  | { name: 'case-new' }
  /** `item` is a record, exhibit, interview or document of the people, exhibits, interviews or documents tab (its id, or `new`). */
  | { name: 'case'; id: string; tab: CaseTab; item?: string }
  | { name: 'case-edit'; id: string }
  /** The query is in the address (`?q=…&offset=…`), read by the search screen itself. */
  | { name: 'search' }
  | { name: 'audit' }
  | { name: 'admin' }
  /** The administrator's workflow viewer; `wid` and `version` name the definition drawn. */
  | { name: 'admin-workflows'; wid?: string; version?: number }
  /** The administrator confirms each country's rules and articles against the law in force. */
  | { name: 'admin-jurisdictions' }
  /** `?month=YYYY-MM` is read by the calendar screen itself. */
  | { name: 'tasks' }
  | { name: 'calendar' }
  | { name: 'notifications' }
  | { name: 'approvals' }
  /** Victim identification and protection (docs/api-protection.md). */
  | { name: 'frontline' }
  | { name: 'frontline-new' }
  | { name: 'frontline-report'; id: string }
  | { name: 'frontline-inbox' }
  | { name: 'protection' }
  /** `?case_id=&entity_id=&name=` prefill the form when opened from a case. */
  | { name: 'protection-new' }
  | { name: 'protection-file'; id: string }
  | { name: 'referrals' }
  | { name: 'referrals-overdue' }
  | { name: 'partners' }
  | { name: 'stats-protection' }
  /** Cross-case entity resolution: the queue (its tab is the screen's own state), one match. */
  | { name: 'matches' }
  | { name: 'match'; mid: string }
  /** Every record of one real person or thing, joined by confirmed matches across cases. */
  | { name: 'entity-cluster'; id: string; eid: string }
  /** A supervisor's notices that another unit holds a strongly matching record. */
  | { name: 'deconfliction' }
  /** Intelligence (docs/api.md, "Intelligence"): the reports, the review queue, one report, search, counts, notices. */
  | { name: 'intelligence' }
  | { name: 'intelligence-review' }
  | { name: 'intelligence-report'; id: string }
  | { name: 'intelligence-search' }
  | { name: 'intelligence-stats' }
  | { name: 'intelligence-notices' }
  /** The auditor's log of intelligence searches: who searched for a name. */
  | { name: 'audit-intelligence-searches' }
  /** Link analysis: `?node=ID` starts from an entity, phone or account; `?case=&chart=` opens a saved chart. */
  | { name: 'graph' }
  /** Money flow from or to an account (`?account=` prefills). */
  | { name: 'money' }
  /** Call records: top and common contacts, calls around a moment, activity (`?number=` prefills). */
  | { name: 'calls' }
  /** The route map (`?case_id=` for one case). */
  | { name: 'routes' }
  /** The timeline of a record, phone or account across cases (`?node=ID`). */
  | { name: 'timeline' }
  | { name: 'not-found' };

export const ROUTE_PERMISSIONS: Record<Route['name'], string[] | null> = {
  home: null,
  cases: ['case.read'],
  'case-new': ['case.create'],
  case: ['case.read'],
  'case-edit': ['case.update'],
  search: ['case.read'],
  audit: ['audit.read'],
  admin: ['user.manage', 'unit.manage'],
  'admin-workflows': ['workflow.admin'],
  'admin-jurisdictions': ['jurisdiction.admin'],
  tasks: ['case.read'],
  calendar: ['case.read'],
  notifications: null,
  approvals: ['approval.decide'],
  frontline: ['frontline.report'],
  'frontline-new': ['frontline.report'],
  // The author, and the specialised unit the report was handed over to.
  'frontline-report': ['frontline.report', 'frontline.inbox'],
  'frontline-inbox': ['frontline.inbox'],
  protection: ['protection.read'],
  'protection-new': ['protection.manage'],
  'protection-file': ['protection.read'],
  // A partner's referrals; for the others, the referrals of the files they see.
  referrals: ['referral.respond', 'protection.read'],
  // Supervisors and the national referral coordinator.
  'referrals-overdue': ['victim.identify', 'stats.read'],
  partners: ['partner.manage', 'protection.read'],
  'stats-protection': ['stats.read'],
  matches: ['match.read'],
  match: ['match.read'],
  'entity-cluster': ['match.read'],
  deconfliction: ['deconfliction.read'],
  intelligence: ['intel.read'],
  'intelligence-review': ['intel.manage'],
  // The server decides by the report's handling (404 otherwise); the author reads it here too.
  'intelligence-report': ['intel.read', 'frontline.report', 'frontline.inbox'],
  'intelligence-search': ['intel.search'],
  'intelligence-stats': ['intel.stats'],
  'intelligence-notices': ['deconfliction.read'],
  'audit-intelligence-searches': ['audit.read'],
  graph: ['graph.read'],
  money: ['graph.read'],
  calls: ['graph.read'],
  routes: ['graph.read'],
  timeline: ['graph.read'],
  'not-found': null,
};

export function matchRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'home' };
  const [first, id, sub, item] = parts;
  if (first === 'cases') {
    if (parts.length === 1) return { name: 'cases' };
    if (id === 'new' && parts.length === 2) return { name: 'case-new' };
    if (parts.length === 2) return { name: 'case', id, tab: 'overview' };
    if (parts.length === 3 && sub === 'edit') return { name: 'case-edit', id };
    if (parts.length === 3 && isCaseTab(sub)) return { name: 'case', id, tab: sub };
    if (parts.length === 4 && isCaseTab(sub) && ITEM_TABS.includes(sub)) return { name: 'case', id, tab: sub, item };
    if (parts.length === 5 && sub === 'entities' && parts[4] === 'cluster') return { name: 'entity-cluster', id, eid: item };
  }
  if (first === 'matches') {
    if (parts.length === 1) return { name: 'matches' };
    if (parts.length === 2) return { name: 'match', mid: id };
  }
  if (first === 'deconfliction' && parts.length === 1) return { name: 'deconfliction' };
  if (first === 'intelligence') {
    if (parts.length === 1) return { name: 'intelligence' };
    if (parts.length === 2 && id === 'review') return { name: 'intelligence-review' };
    if (parts.length === 2 && id === 'search') return { name: 'intelligence-search' };
    if (parts.length === 2 && id === 'stats') return { name: 'intelligence-stats' };
    if (parts.length === 2 && id === 'notices') return { name: 'intelligence-notices' };
    if (parts.length === 3 && id === 'reports') return { name: 'intelligence-report', id: sub };
  }
  if (first === 'search' && parts.length === 1) return { name: 'search' };
  if (first === 'audit' && parts.length === 1) return { name: 'audit' };
  if (first === 'audit' && id === 'intelligence-searches' && parts.length === 2) return { name: 'audit-intelligence-searches' };
  if (first === 'admin' && parts.length === 1) return { name: 'admin' };
  if (first === 'admin' && id === 'jurisdictions' && parts.length === 2) return { name: 'admin-jurisdictions' };
  if (first === 'admin' && id === 'workflows') {
    if (parts.length === 2) return { name: 'admin-workflows' };
    if (parts.length === 4 && /^[1-9]\d{0,5}$/.test(item)) return { name: 'admin-workflows', wid: sub, version: Number(item) };
  }
  if (first === 'frontline') {
    if (parts.length === 1) return { name: 'frontline' };
    if (parts.length === 2 && id === 'new') return { name: 'frontline-new' };
    if (parts.length === 2 && id === 'inbox') return { name: 'frontline-inbox' };
    if (parts.length === 2) return { name: 'frontline-report', id };
  }
  if (first === 'protection') {
    if (parts.length === 1) return { name: 'protection' };
    if (parts.length === 2 && id === 'new') return { name: 'protection-new' };
    if (parts.length === 2) return { name: 'protection-file', id };
  }
  if (first === 'referrals') {
    if (parts.length === 1) return { name: 'referrals' };
    if (parts.length === 2 && id === 'overdue') return { name: 'referrals-overdue' };
  }
  if (first === 'partners' && parts.length === 1) return { name: 'partners' };
  if (first === 'stats' && id === 'protection' && parts.length === 2) return { name: 'stats-protection' };
  if (parts.length === 1 && (first === 'graph' || first === 'money' || first === 'calls' || first === 'routes' || first === 'timeline')) return { name: first };
  if (parts.length === 1 && (first === 'tasks' || first === 'calendar' || first === 'notifications' || first === 'approvals')) return { name: first };
  return { name: 'not-found' };
}

/** Where `/` leads: the first screen the user may open. */
export function homePath(can: (p: string) => boolean): string | null {
  // A frontline officer works from the phone: their reports first. Investigators, analysts and
  // supervisors file reports too, but work from the cases.
  if (can('frontline.report') && !can('intel.read')) return '/frontline';
  if (can('case.read')) return '/cases';
  if (can('audit.read')) return '/audit';
  if (can('user.manage') || can('unit.manage')) return '/admin';
  if (can('protection.read')) return '/protection';
  if (can('referral.respond')) return '/referrals';
  if (can('partner.manage')) return '/partners';
  if (can('stats.read')) return '/stats/protection';
  if (can('intel.read')) return '/intelligence';
  return null;
}

export function allowed(route: Route, can: (p: string) => boolean): boolean {
  const needed = ROUTE_PERMISSIONS[route.name];
  return needed === null || needed.some(can);
}
