import { describe, expect, it } from 'vitest';
import { allowed, homePath, matchRoute } from './routes';

describe('routes', () => {
  it('match the paths of the app', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/cases')).toEqual({ name: 'cases' });
    expect(matchRoute('/cases/new')).toEqual({ name: 'case-new' });
    expect(matchRoute('/cases/019a')).toEqual({ name: 'case', id: '019a', tab: 'overview' });
    expect(matchRoute('/cases/019a/team')).toEqual({ name: 'case', id: '019a', tab: 'team' });
    expect(matchRoute('/cases/019a/edit')).toEqual({ name: 'case-edit', id: '019a' });
    expect(matchRoute('/cases/019a/people')).toEqual({ name: 'case', id: '019a', tab: 'people' });
    expect(matchRoute('/cases/019a/people/new')).toEqual({ name: 'case', id: '019a', tab: 'people', item: 'new' });
    expect(matchRoute('/cases/019a/people/019b')).toEqual({ name: 'case', id: '019a', tab: 'people', item: '019b' });
    expect(matchRoute('/cases/019a/timeline')).toEqual({ name: 'case', id: '019a', tab: 'timeline' });
    expect(matchRoute('/cases/019a/exhibits')).toEqual({ name: 'case', id: '019a', tab: 'exhibits' });
    expect(matchRoute('/cases/019a/exhibits/new')).toEqual({ name: 'case', id: '019a', tab: 'exhibits', item: 'new' });
    expect(matchRoute('/cases/019a/exhibits/019c')).toEqual({ name: 'case', id: '019a', tab: 'exhibits', item: '019c' });
    expect(matchRoute('/cases/019a/interviews')).toEqual({ name: 'case', id: '019a', tab: 'interviews' });
    expect(matchRoute('/cases/019a/interviews/new')).toEqual({ name: 'case', id: '019a', tab: 'interviews', item: 'new' });
    expect(matchRoute('/cases/019a/interviews/019d')).toEqual({ name: 'case', id: '019a', tab: 'interviews', item: '019d' });
    expect(matchRoute('/cases/019a/prosecution')).toEqual({ name: 'case', id: '019a', tab: 'prosecution' });
    expect(matchRoute('/cases/019a/documents')).toEqual({ name: 'case', id: '019a', tab: 'documents' });
    expect(matchRoute('/cases/019a/documents/019f')).toEqual({ name: 'case', id: '019a', tab: 'documents', item: '019f' });
    expect(matchRoute('/cases/019a/search')).toEqual({ name: 'case', id: '019a', tab: 'search' });
    expect(matchRoute('/cases/019a/search/019f')).toEqual({ name: 'not-found' });
    expect(matchRoute('/cases/019a/network/019f')).toEqual({ name: 'not-found' });
    expect(matchRoute('/search')).toEqual({ name: 'search' });
    expect(matchRoute('/search/')).toEqual({ name: 'search' });
    expect(matchRoute('/search/cases')).toEqual({ name: 'not-found' });
    expect(matchRoute('/cases/019a/prosecution/019e')).toEqual({ name: 'not-found' });
    expect(matchRoute('/cases/019a/timeline/019e')).toEqual({ name: 'not-found' });
    expect(matchRoute('/cases/019a/team/019b')).toEqual({ name: 'not-found' });
    expect(matchRoute('/cases/019a/bogus')).toEqual({ name: 'not-found' });
    expect(matchRoute('/audit/')).toEqual({ name: 'audit' });
    expect(matchRoute('/admin')).toEqual({ name: 'admin' });
  });

  it('match the workflow, task, calendar, notification and approval screens', () => {
    expect(matchRoute('/cases/019a/workflow')).toEqual({ name: 'case', id: '019a', tab: 'workflow' });
    expect(matchRoute('/cases/019a/tasks')).toEqual({ name: 'case', id: '019a', tab: 'tasks' });
    expect(matchRoute('/cases/019a/workflow/019b')).toEqual({ name: 'not-found' });
    expect(matchRoute('/cases/019a/tasks/019b')).toEqual({ name: 'not-found' });
    expect(matchRoute('/tasks')).toEqual({ name: 'tasks' });
    expect(matchRoute('/tasks/')).toEqual({ name: 'tasks' });
    expect(matchRoute('/tasks/019b')).toEqual({ name: 'not-found' });
    expect(matchRoute('/calendar')).toEqual({ name: 'calendar' });
    expect(matchRoute('/calendar/2026-06')).toEqual({ name: 'not-found' });
    expect(matchRoute('/notifications')).toEqual({ name: 'notifications' });
    expect(matchRoute('/approvals')).toEqual({ name: 'approvals' });
    expect(matchRoute('/approvals/019c')).toEqual({ name: 'not-found' });
    expect(matchRoute('/admin/workflows')).toEqual({ name: 'admin-workflows' });
    expect(matchRoute('/admin/workflows/tip_reactive/2')).toEqual({ name: 'admin-workflows', wid: 'tip_reactive', version: 2 });
    expect(matchRoute('/admin/workflows/tip_reactive')).toEqual({ name: 'not-found' });
    expect(matchRoute('/admin/workflows/tip_reactive/v2')).toEqual({ name: 'not-found' });
    expect(matchRoute('/admin/workflows/tip_reactive/0')).toEqual({ name: 'not-found' });
    expect(matchRoute('/admin/users')).toEqual({ name: 'not-found' });
    expect(matchRoute('/admin/jurisdictions')).toEqual({ name: 'admin-jurisdictions' });
    expect(matchRoute('/admin/jurisdictions/')).toEqual({ name: 'admin-jurisdictions' });
    expect(matchRoute('/admin/jurisdictions/KZ')).toEqual({ name: 'not-found' });
  });

  it('open the new screens only with their permissions', () => {
    const can = (ps: string[]) => (p: string) => ps.includes(p);
    const investigator = can(['case.read', 'case.update', 'workflow.act', 'task.manage']);
    const supervisor = can(['case.read', 'workflow.act', 'task.manage', 'approval.decide']);
    const administrator = can(['user.manage', 'unit.manage', 'workflow.admin']);
    expect(allowed({ name: 'tasks' }, investigator)).toBe(true);
    expect(allowed({ name: 'calendar' }, investigator)).toBe(true);
    expect(allowed({ name: 'tasks' }, can(['audit.read']))).toBe(false);
    expect(allowed({ name: 'calendar' }, administrator)).toBe(false);
    expect(allowed({ name: 'approvals' }, investigator)).toBe(false);
    expect(allowed({ name: 'approvals' }, supervisor)).toBe(true);
    expect(allowed({ name: 'admin-workflows' }, administrator)).toBe(true);
    expect(allowed({ name: 'admin-workflows', wid: 'tip_reactive', version: 1 }, supervisor)).toBe(false);
    expect(allowed({ name: 'admin-jurisdictions' }, can(['user.manage', 'unit.manage', 'workflow.admin', 'jurisdiction.admin']))).toBe(true);
    // The permission, not the administration screen's: a user manager without it may not confirm.
    expect(allowed({ name: 'admin-jurisdictions' }, administrator)).toBe(false);
    expect(allowed({ name: 'admin-jurisdictions' }, supervisor)).toBe(false);
    // Every signed-in user has notifications, whatever their role.
    expect(allowed({ name: 'notifications' }, can([]))).toBe(true);
    expect(allowed({ name: 'notifications' }, can(['audit.read']))).toBe(true);
    expect(allowed({ name: 'case', id: '019a', tab: 'workflow' }, can(['case.read']))).toBe(true);
  });

  it('match the identification and protection screens', () => {
    expect(matchRoute('/frontline')).toEqual({ name: 'frontline' });
    expect(matchRoute('/frontline/new')).toEqual({ name: 'frontline-new' });
    expect(matchRoute('/frontline/inbox')).toEqual({ name: 'frontline-inbox' });
    expect(matchRoute('/frontline/019a')).toEqual({ name: 'frontline-report', id: '019a' });
    expect(matchRoute('/frontline/019a/edit')).toEqual({ name: 'not-found' });
    expect(matchRoute('/protection')).toEqual({ name: 'protection' });
    expect(matchRoute('/protection/new')).toEqual({ name: 'protection-new' });
    expect(matchRoute('/protection/019b')).toEqual({ name: 'protection-file', id: '019b' });
    expect(matchRoute('/protection/019b/x')).toEqual({ name: 'not-found' });
    expect(matchRoute('/referrals')).toEqual({ name: 'referrals' });
    expect(matchRoute('/referrals/overdue')).toEqual({ name: 'referrals-overdue' });
    expect(matchRoute('/referrals/019c')).toEqual({ name: 'not-found' });
    expect(matchRoute('/partners')).toEqual({ name: 'partners' });
    expect(matchRoute('/partners/019d')).toEqual({ name: 'not-found' });
    expect(matchRoute('/stats/protection')).toEqual({ name: 'stats-protection' });
    expect(matchRoute('/stats')).toEqual({ name: 'not-found' });
    expect(matchRoute('/cases/019a/protection')).toEqual({ name: 'case', id: '019a', tab: 'protection' });
    expect(matchRoute('/cases/019a/protection/019b')).toEqual({ name: 'not-found' });
  });

  it('open the protection screens only with their permissions', () => {
    const can = (ps: string[]) => (p: string) => ps.includes(p);
    const frontline = can(['case.read', 'frontline.report', 'screening.record']);
    const investigator = can(['case.read', 'case.update', 'screening.record', 'frontline.inbox', 'protection.read', 'protection.manage']);
    const supervisor = can(['case.read', 'frontline.inbox', 'protection.read', 'protection.manage', 'victim.identify', 'stats.read']);
    const coordinator = can(['protection.read', 'protection.manage', 'victim.identify', 'partner.manage', 'stats.read', 'screening.record']);
    const partner = can(['referral.respond']);
    const administrator = can(['user.manage', 'unit.manage', 'workflow.admin', 'partner.manage']);
    expect(allowed({ name: 'frontline' }, frontline)).toBe(true);
    expect(allowed({ name: 'frontline-new' }, frontline)).toBe(true);
    expect(allowed({ name: 'frontline-report', id: 'r' }, frontline)).toBe(true);
    expect(allowed({ name: 'frontline-inbox' }, frontline)).toBe(false);
    expect(allowed({ name: 'frontline' }, investigator)).toBe(false);
    expect(allowed({ name: 'frontline-inbox' }, investigator)).toBe(true);
    expect(allowed({ name: 'frontline-report', id: 'r' }, investigator)).toBe(true);
    expect(allowed({ name: 'protection' }, investigator)).toBe(true);
    expect(allowed({ name: 'protection-new' }, investigator)).toBe(true);
    expect(allowed({ name: 'protection-file', id: 'f' }, coordinator)).toBe(true);
    expect(allowed({ name: 'protection' }, frontline)).toBe(false);
    expect(allowed({ name: 'protection-new' }, can(['protection.read']))).toBe(false);
    expect(allowed({ name: 'referrals' }, partner)).toBe(true);
    expect(allowed({ name: 'referrals' }, investigator)).toBe(true);
    expect(allowed({ name: 'referrals' }, frontline)).toBe(false);
    expect(allowed({ name: 'referrals-overdue' }, supervisor)).toBe(true);
    expect(allowed({ name: 'referrals-overdue' }, coordinator)).toBe(true);
    expect(allowed({ name: 'referrals-overdue' }, investigator)).toBe(false);
    expect(allowed({ name: 'referrals-overdue' }, partner)).toBe(false);
    expect(allowed({ name: 'partners' }, administrator)).toBe(true);
    expect(allowed({ name: 'partners' }, investigator)).toBe(true);
    expect(allowed({ name: 'partners' }, partner)).toBe(false);
    expect(allowed({ name: 'stats-protection' }, supervisor)).toBe(true);
    expect(allowed({ name: 'stats-protection' }, investigator)).toBe(false);
    expect(homePath(frontline)).toBe('/frontline');
    expect(homePath(investigator)).toBe('/cases');
    // Investigators file frontline reports too, but work from the cases.
    expect(homePath(can(['case.read', 'frontline.report', 'intel.read']))).toBe('/cases');
    expect(homePath(coordinator)).toBe('/protection');
    expect(homePath(partner)).toBe('/referrals');
    expect(homePath(administrator)).toBe('/admin');
    expect(homePath(can(['stats.read']))).toBe('/stats/protection');
  });

  it('match the cross-case matching screens, each for its permission', () => {
    expect(matchRoute('/matches')).toEqual({ name: 'matches' });
    expect(matchRoute('/matches/')).toEqual({ name: 'matches' });
    expect(matchRoute('/matches/019m')).toEqual({ name: 'match', mid: '019m' });
    expect(matchRoute('/matches/019m/x')).toEqual({ name: 'not-found' });
    expect(matchRoute('/cases/019a/entities/019b/cluster')).toEqual({ name: 'entity-cluster', id: '019a', eid: '019b' });
    expect(matchRoute('/cases/019a/entities/019b')).toEqual({ name: 'not-found' });
    expect(matchRoute('/cases/019a/people/019b/cluster')).toEqual({ name: 'not-found' });
    expect(matchRoute('/deconfliction')).toEqual({ name: 'deconfliction' });
    expect(matchRoute('/deconfliction/019d')).toEqual({ name: 'not-found' });
    const can = (ps: string[]) => (p: string) => ps.includes(p);
    const reader = can(['case.read', 'match.read']);
    expect(allowed({ name: 'matches' }, reader)).toBe(true);
    expect(allowed({ name: 'match', mid: 'm' }, reader)).toBe(true);
    expect(allowed({ name: 'entity-cluster', id: 'c', eid: 'e' }, reader)).toBe(true);
    expect(allowed({ name: 'deconfliction' }, reader)).toBe(false);
    expect(allowed({ name: 'matches' }, can(['case.read']))).toBe(false);
    expect(allowed({ name: 'deconfliction' }, can(['case.read', 'deconfliction.read']))).toBe(true);
  });

  it('open only what the permissions allow', () => {
    const can = (ps: string[]) => (p: string) => ps.includes(p);
    expect(allowed({ name: 'audit' }, can(['case.read']))).toBe(false);
    expect(allowed({ name: 'admin' }, can(['unit.manage']))).toBe(true);
    expect(allowed({ name: 'search' }, can(['case.read']))).toBe(true);
    expect(allowed({ name: 'search' }, can(['audit.read']))).toBe(false);
    expect(homePath(can(['audit.read']))).toBe('/audit');
    expect(homePath(can([]))).toBeNull();
  });

  it('match the intelligence screens, each for its permission', () => {
    expect(matchRoute('/intelligence')).toEqual({ name: 'intelligence' });
    expect(matchRoute('/intelligence/')).toEqual({ name: 'intelligence' });
    expect(matchRoute('/intelligence/review')).toEqual({ name: 'intelligence-review' });
    expect(matchRoute('/intelligence/reports/019r')).toEqual({ name: 'intelligence-report', id: '019r' });
    expect(matchRoute('/intelligence/reports')).toEqual({ name: 'not-found' });
    expect(matchRoute('/intelligence/reports/019r/x')).toEqual({ name: 'not-found' });
    expect(matchRoute('/intelligence/search')).toEqual({ name: 'intelligence-search' });
    expect(matchRoute('/intelligence/stats')).toEqual({ name: 'intelligence-stats' });
    expect(matchRoute('/intelligence/notices')).toEqual({ name: 'intelligence-notices' });
    expect(matchRoute('/intelligence/019r')).toEqual({ name: 'not-found' });
    expect(matchRoute('/audit/intelligence-searches')).toEqual({ name: 'audit-intelligence-searches' });
    expect(matchRoute('/audit/other')).toEqual({ name: 'not-found' });
    const can = (ps: string[]) => (p: string) => ps.includes(p);
    const analyst = can(['case.read', 'intel.read', 'intel.search']);
    const supervisor = can(['case.read', 'intel.read', 'intel.manage', 'intel.search', 'intel.stats', 'deconfliction.read']);
    expect(allowed({ name: 'intelligence' }, analyst)).toBe(true);
    expect(allowed({ name: 'intelligence-report', id: 'r' }, analyst)).toBe(true);
    expect(allowed({ name: 'intelligence-review' }, analyst)).toBe(false);
    expect(allowed({ name: 'intelligence-review' }, supervisor)).toBe(true);
    expect(allowed({ name: 'intelligence-search' }, analyst)).toBe(true);
    expect(allowed({ name: 'intelligence-stats' }, analyst)).toBe(false);
    expect(allowed({ name: 'intelligence-stats' }, supervisor)).toBe(true);
    expect(allowed({ name: 'intelligence-notices' }, supervisor)).toBe(true);
    expect(allowed({ name: 'intelligence' }, can(['case.read']))).toBe(false);
    expect(allowed({ name: 'audit-intelligence-searches' }, can(['audit.read']))).toBe(true);
    expect(allowed({ name: 'audit-intelligence-searches' }, supervisor)).toBe(false);
    // The author of a report reads it as intelligence too; the server decides by its handling.
    expect(allowed({ name: 'intelligence-report', id: 'r' }, can(['frontline.report']))).toBe(true);
    expect(homePath(can(['intel.read']))).toBe('/intelligence');
    expect(homePath(analyst)).toBe('/cases');
  });

  it('match the analysis screens and the case network and imports tabs, all for graph.read', () => {
    expect(matchRoute('/graph')).toEqual({ name: 'graph' });
    expect(matchRoute('/graph/')).toEqual({ name: 'graph' });
    expect(matchRoute('/graph/e:1')).toEqual({ name: 'not-found' });
    expect(matchRoute('/money')).toEqual({ name: 'money' });
    expect(matchRoute('/calls')).toEqual({ name: 'calls' });
    expect(matchRoute('/routes')).toEqual({ name: 'routes' });
    expect(matchRoute('/routes/KZ')).toEqual({ name: 'not-found' });
    expect(matchRoute('/timeline')).toEqual({ name: 'timeline' });
    expect(matchRoute('/timeline/e:1')).toEqual({ name: 'not-found' });
    expect(matchRoute('/cases/019a/network')).toEqual({ name: 'case', id: '019a', tab: 'network' });
    expect(matchRoute('/cases/019a/imports')).toEqual({ name: 'case', id: '019a', tab: 'imports' });
    expect(matchRoute('/cases/019a/imports/019b')).toEqual({ name: 'not-found' });
    const can = (ps: string[]) => (p: string) => ps.includes(p);
    for (const name of ['graph', 'money', 'calls', 'routes', 'timeline'] as const) {
      expect(allowed({ name }, can(['case.read', 'graph.read']))).toBe(true);
      expect(allowed({ name }, can(['case.read', 'intel.read']))).toBe(false);
    }
  });
});
