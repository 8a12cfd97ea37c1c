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
    // Every signed-in user has notifications, whatever their role.
    expect(allowed({ name: 'notifications' }, can([]))).toBe(true);
    expect(allowed({ name: 'notifications' }, can(['audit.read']))).toBe(true);
    expect(allowed({ name: 'case', id: '019a', tab: 'workflow' }, can(['case.read']))).toBe(true);
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
});
