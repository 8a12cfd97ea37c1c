import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { CalendarAgenda } from './CalendarAgenda';
import { groupByDay, localDay, monthRange, parseMonth, shiftMonth } from './calendar';
import { TaskForm } from './TaskForm';
import { checkTask, EMPTY_TASK, taskBody } from './taskForm';
import { TaskTable } from './TaskTable';
import type { CalendarItem, Task } from './types';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(['case.read', 'task.manage'])}>
        <ReferenceProvider initial={{ lookups: testLookups, units: [] }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );
const decode = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const noop = () => undefined;

const task: Task = {
  id: 't1', case_id: 'c1', case_reference: 'KZ-ALA-2026-0007', entity_id: null,
  title: 'Assess the risk to the victim', title_ru: 'Оценить риски для потерпевшего', description: 'Five identification factors',
  assignee: 'aigul', due_at: '2026-06-02T09:00:00.000Z', overdue: true, priority: 'urgent', status: 'open', origin: 'workflow',
  created_at: '2026-06-01T09:00:00.000Z', updated_at: '2026-06-01T09:00:00.000Z', version: 1,
};
const later: Task = { ...task, id: 't2', title: 'Call the shelter', title_ru: 'Call the shelter', description: '', assignee: null, overdue: false, priority: 'low', status: 'in_progress', origin: 'user', due_at: null };

describe('tasks', () => {
  it('mark overdue tasks, show the title in the current language and let the status move', () => {
    const html = decode(wrap(<TaskTable rows={[task, later]} showCase canChange={(t) => t.id === 't1'} onStatus={noop} />));
    expect(html).toMatch(/<tr data-testid="task-row" class="row-overdue">/);
    expect(html).toContain('data-testid="task-overdue-t1"');
    expect(html).not.toContain('data-testid="task-overdue-t2"');
    expect(html).toContain('Assess the risk to the victim');
    expect(html).toContain('From the workflow');
    expect(html).toContain('href="/cases/c1/tasks"');
    expect(html).toContain('data-testid="task-status-t1"');
    // Someone who may not change a task sees its status only.
    expect(html).not.toContain('data-testid="task-status-t2"');
    expect(html).toContain('>In progress<');
    expect(html).toContain('>Nobody<');
    const ru = decode(wrap(<TaskTable rows={[task]} canChange={() => true} onStatus={noop} />, 'ru'));
    expect(ru).toContain('Оценить риски для потерпевшего');
    expect(ru).toContain('Просрочено');
    expect(ru).toContain('Срочный');
    expect(ru).not.toContain('href="/cases/c1/tasks"');
  });

  it('check the new task before sending and build the POST body', () => {
    expect(checkTask(EMPTY_TASK)?.problem).toMatchObject({ code: 'required', field: 'title' });
    expect(checkTask({ ...EMPTY_TASK, title: 'Call', due_at: 'soon' })?.problem).toMatchObject({ code: 'invalid_date', field: 'due_at' });
    const body = taskBody({ ...EMPTY_TASK, title: ' Call the shelter ', assignee: ' marat ', due_at: '2026-06-05T10:30', priority: 'high' });
    expect(body).toMatchObject({ title: 'Call the shelter', assignee: 'marat', priority: 'high' });
    expect(body.due_at).toBe(new Date('2026-06-05T10:30').toISOString());
    expect(taskBody({ ...EMPTY_TASK, title: 'x' })).toEqual({ title: 'x', priority: 'normal' });
    const html = decode(wrap(<TaskForm initial={EMPTY_TASK} busy={false} error={new ApiError({ status: 422, code: 'not_on_case', field: 'assignee' })} onSubmit={noop} />));
    for (const id of ['task-title', 'task-description', 'task-assignee', 'task-due', 'task-priority', 'task-save']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).toMatch(/<input[^>]*aria-invalid="true"[^>]*data-testid="task-assignee"/);
    expect(html).toContain('The assignee may not see this case.');
    expect(html).toContain('Field: Assignee');
    expect(html).toContain('<option value="urgent">Urgent</option>');
  });
});

describe('calendar', () => {
  it('spans one local month and steps between months', () => {
    expect(parseMonth('2026-06')).toBe('2026-06');
    expect(parseMonth('2026-13', new Date(2026, 0, 15))).toBe('2026-01');
    expect(parseMonth(null, new Date(2026, 4, 3))).toBe('2026-05');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(monthRange('2026-06')).toEqual({ from: new Date(2026, 5, 1).toISOString(), to: new Date(2026, 6, 1).toISOString() });
  });

  it('groups deadlines by day, each linking to its case', () => {
    const d1 = new Date(2026, 5, 3, 9, 0).toISOString();
    const d2 = new Date(2026, 5, 3, 18, 30).toISOString();
    const d3 = new Date(2026, 5, 10, 12, 0).toISOString();
    const items: CalendarItem[] = [
      { kind: 'timer', at: d3, timer: { name: 'reflection', label: { en: 'Reflection period', ru: 'Период восстановления' }, case_id: 'c2', case_reference: 'KZ-ALA-2026-0009', started_at: d1 } },
      { kind: 'task', at: d2, task: { ...task, due_at: d2, overdue: false } },
      { kind: 'task', at: d1, task: { ...task, id: 't3', due_at: d1 } },
    ];
    const days = groupByDay(items);
    expect(days.map((d) => d.day)).toEqual([localDay(d1), localDay(d3)]);
    expect(days[0].items.map((i) => (i.kind === 'task' ? i.task.id : i.timer.name))).toEqual(['t3', 't1']);
    const html = decode(wrap(<CalendarAgenda items={items} />));
    expect(html).toContain(`data-testid="calendar-day-${localDay(d1)}"`);
    expect(html).toContain('data-testid="calendar-item-task-t3"');
    expect(html).toContain('data-testid="calendar-item-timer-c2-reflection"');
    expect(html).toContain('“Reflection period” ends');
    expect(html).toContain('href="/cases/c2/workflow"');
    expect(html).toContain('href="/cases/c1/tasks"');
    const ru = decode(wrap(<CalendarAgenda items={items} />, 'ru'));
    expect(ru).toContain('Истекает срок «Период восстановления»');
    expect(ru).toContain('июня');
    expect(wrap(<CalendarAgenda items={[]} />)).toContain('No deadlines this month.');
  });
});
