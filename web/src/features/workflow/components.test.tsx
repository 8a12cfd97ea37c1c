import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError, toProblem } from '../../shared/api';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import tipReactive from '../../../../config/workflows/tip_reactive.json';
import { refusedUnmet } from './api';
import { ChecklistCard } from './ChecklistCard';
import { columnsOf, fromStates, layoutWorkflow, wrapText } from './diagram';
import { DiagramDetails } from './DiagramDetails';
import { checkMark, markBody } from './markForm';
import { MarkForm } from './MarkForm';
import { NextSteps } from './NextSteps';
import { StateBar } from './StateBar';
import { canAskApproval } from './StepCard';
import { TransitionRefusal } from './TransitionRefusal';
import type { CaseWorkflow, Checklist, NextStep, Unmet, WorkflowDoc } from './types';
import { WorkflowDiagram } from './WorkflowDiagram';
import { WorkflowHistory } from './WorkflowHistory';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en', permissions = ['case.read', 'case.update', 'workflow.act']) =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(permissions)}>
        <ReferenceProvider initial={{ lookups: testLookups, units: [] }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );
const decode = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const noop = () => undefined;

const L = (en: string, ru: string) => ({ en, ru });
const at = '2026-06-01T09:00:00.000Z';

const checklists: Checklist[] = [
  {
    id: 'reactive_investigation', version: 1, label: L('Reactive investigation', 'Реагирующее расследование'),
    progress: { total: 5, done: 2, not_applicable: 1 },
    groups: [
      {
        id: 'arrest', label: L('Arrest phase', 'Этап задержания'),
        items: [
          { id: 'skeleton_arrest_plan', label: L('Outline arrest plan ready', 'Подготовлен базовый план задержания'), source: { document: '000_0fc0b1641750b782.txt', lines: '1360-1363' }, mark: null },
          { id: 'arrests_coordinated', label: L('Arrests timed and coordinated', 'Время задержаний согласовано'), source: { document: '000_0fc0b1641750b782.txt', lines: '1364-1367' }, hint: L('Ask the prosecutor first', 'Сначала спросите прокурора'), mark: null },
          { id: 'victims_safe', label: L('Victims safe', 'Потерпевшие в безопасности'), source: { document: '000.txt', lines: '1' }, mark: { status: 'done', note: 'Shelter confirmed', by: 'aigul', at } },
          { id: 'interpreter', label: L('Interpreter booked', 'Приглашён переводчик'), source: { document: '000.txt', lines: '2' }, mark: { status: 'not_applicable', note: 'Speaks Kazakh', by: 'marat', at } },
        ],
      },
    ],
  },
];

const refused: NextStep = {
  id: 'move_to_arrest', label: L('Move to the arrest phase', 'Перейти к задержанию'), to: 'arrest', to_label: L('Arrest phase', 'Этап задержания'),
  allowed: false, needs_approval: true, approval: null,
  unmet: [
    { code: 'checklist_incomplete', detail: 'items of reactive_investigation are still open', field: 'reactive_investigation', items: ['skeleton_arrest_plan', 'arrests_coordinated'] },
    { code: 'field_required', detail: 'the case needs jurisdiction_country', field: 'jurisdiction_country' },
    { code: 'timer_running', detail: 'timer review_period has not run out yet', field: 'review_period' },
    { code: 'approval_required', detail: 'a supervisor must approve this step first', field: 'move_to_arrest' },
  ],
};
const elsewhere: NextStep = {
  id: 'close', label: L('Close the case', 'Закрыть дело'), to: 'closed', to_label: L('Closed', 'Закрыто'), allowed: false, needs_approval: true, approval: null,
  unmet: [
    { code: 'wrong_state', detail: 'the case is in Reactive investigation; this step starts elsewhere', field: 'investigation' },
    { code: 'not_permitted', detail: 'only investigator, supervisor (as lead or unit_supervisor) may take this step' },
    { code: 'approval_required', detail: 'a supervisor must approve this step first', field: 'close' },
  ],
};
const allowed: NextStep = { id: 'suspend', label: L('Suspend', 'Приостановить'), to: 'suspended', to_label: L('Suspended', 'Приостановлено'), allowed: true, needs_approval: false, approval: null, unmet: [] };

const view: CaseWorkflow = {
  workflow: { id: 'tip_reactive', version: 1, label: L('Trafficking in persons, reactive', 'Торговля людьми, реагирующее расследование') },
  state: { id: 'investigation', label: L('Reactive investigation', 'Реагирующее расследование'), section: 'SOP 3.6 reactive methods (lines 1305-1338)', case_state: 'investigation', final: false, entered_at: at },
  rev: 3,
  states: [
    { id: 'victim_first', label: L('Victim made safe', 'Безопасность потерпевшего обеспечена'), case_state: 'open', final: false },
    { id: 'investigation', label: L('Reactive investigation', 'Реагирующее расследование'), case_state: 'investigation', final: false },
    { id: 'arrest', label: L('Arrest phase', 'Этап задержания'), case_state: 'investigation', final: false },
    { id: 'closed', label: L('Closed', 'Закрыто'), case_state: 'closed', final: true },
  ],
  next_steps: [refused, elsewhere, allowed],
  checklists: [{ id: 'reactive_investigation', label: L('Reactive investigation', 'Реагирующее расследование'), progress: { total: 5, done: 2, not_applicable: 1 } }],
  timers: [{ name: 'review_period', label: L('Review period', 'Срок проверки'), started_at: at, due_at: '2026-06-15T09:00:00.000Z', running: true, elapsed: false }],
  history: [
    { at, kind: 'start', transition: '', from: '', to: 'victim_first', version: 1, note: '', by: 'aigul' },
    { at: '2026-06-02T10:00:00.000Z', kind: 'transition', transition: 'start_investigation', from: 'victim_first', to: 'investigation', version: 1, note: 'Victim in the shelter', by: 'marat' },
  ],
};

const steps = (lang: 'en' | 'ru' = 'en', v: CaseWorkflow = view, permissions?: string[]) =>
  decode(wrap(<NextSteps caseId="c1" view={v} checklists={checklists} canAct={!permissions || permissions.includes('workflow.act')} onMoved={noop} onChanged={noop} />, lang, permissions));

/** The text of the `<ul>` carrying `data-testid`, tags stripped. */
const listText = (html: string, testId: string) => {
  const start = html.indexOf(`data-testid="${testId}"`);
  return html.slice(start, html.indexOf('</ul></div>', start)).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
};

describe('workflow tab: next steps', () => {
  it('lists everything a refused step still needs, one line per unmet guard, in English', () => {
    const html = steps();
    expect(html).toContain('data-testid="next-step-move_to_arrest"');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*data-testid="workflow-step-move_to_arrest"/);
    const text = listText(html, 'workflow-unmet-move_to_arrest');
    expect(text).toContain('Checklist “Reactive investigation” still has open items:');
    expect(text).toContain('Outline arrest plan ready');
    expect(text).toContain('Arrests timed and coordinated');
    expect(text).toContain('The case needs: Jurisdiction: country.');
    expect(text).toContain('Wait until “Review period” has run out');
    expect(text).toContain('15 Jun 2026');
    expect(text).toContain('A supervisor must approve this step first.');
    for (const code of ['checklist_incomplete', 'field_required', 'timer_running', 'approval_required']) expect(html).toContain(`data-testid="unmet-${code}"`);
    const other = listText(html, 'workflow-unmet-close');
    expect(other).toContain('The case is in “Reactive investigation”; this step starts from another state.');
    expect(other).toContain('Your role, or your part in this case, does not allow this step.');
    // The English detail is for logs, never shown.
    expect(html).not.toContain('items of reactive_investigation are still open');
    expect(html).not.toContain('jurisdiction_country');
  });

  it('lists the same in Russian', () => {
    const html = steps('ru');
    const text = listText(html, 'workflow-unmet-move_to_arrest');
    expect(html).toContain('Следующие шаги');
    expect(html).toContain('Перейти к задержанию');
    expect(text).toContain('В контрольном перечне «Реагирующее расследование» остались невыполненные пункты:');
    expect(text).toContain('Подготовлен базовый план задержания');
    expect(text).toContain('В деле не заполнено: Юрисдикция: страна.');
    expect(text).toContain('Нужно дождаться окончания срока «Срок проверки»');
    expect(text).toContain('Сначала этот шаг должен согласовать руководитель.');
    const other = listText(html, 'workflow-unmet-close');
    expect(other).toContain('Дело находится на этапе «Реагирующее расследование», а этот шаг выполняется с другого этапа.');
    expect(other).toContain('Ваша роль или ваше участие в деле не позволяют выполнить этот шаг.');
    expect(html).toContain('>Запросить согласование<');
  });

  it('offers to ask for an approval only when that is what the step waits for', () => {
    const html = steps();
    expect(html).toContain('data-testid="ask-approval-move_to_arrest"');
    // A step from another state, or not the caller's to take, cannot be asked for.
    expect(html).not.toContain('data-testid="ask-approval-close"');
    expect(canAskApproval(elsewhere)).toBe(false);
    expect(canAskApproval({ ...refused, approval: { id: 'a1', status: 'pending', reason: '' } })).toBe(false);
    expect(canAskApproval({ ...refused, approval: { id: 'a1', status: 'rejected', reason: 'No plan yet' } })).toBe(true);
    // An allowed step is a live button; without workflow.act there are no buttons at all.
    expect(html).toMatch(/<button type="button" class="primary" data-testid="workflow-step-suspend">Take this step</);
    const reader = steps('en', view, ['case.read']);
    expect(reader).not.toContain('data-testid="workflow-step-');
    expect(reader).not.toContain('data-testid="ask-approval-');
    expect(reader).toContain('data-testid="workflow-unmet-move_to_arrest"');
  });

  it('shows the approval asked for a step: pending, or rejected with its reason', () => {
    const pending = steps('en', { ...view, next_steps: [{ ...refused, approval: { id: 'a1', status: 'pending', reason: '' } }] });
    expect(pending).toMatch(/data-testid="approval-status-move_to_arrest" data-status="pending">Approval asked for/);
    expect(pending).not.toContain('data-testid="ask-approval-move_to_arrest"');
    const rejected = steps('ru', { ...view, next_steps: [{ ...refused, approval: { id: 'a1', status: 'rejected', reason: 'Нет плана задержания' } }] });
    expect(rejected).toContain('В согласовании отказано: Нет плана задержания');
    expect(rejected).toContain('data-testid="ask-approval-move_to_arrest"');
  });

  it('shows the server’s 422 transition_refused as the same list, and a stale rev as a conflict', () => {
    const unmet: Unmet[] = [refused.unmet[0], refused.unmet[3]];
    const error = new ApiError(toProblem(422, { status: 422, code: 'transition_refused', field: 'transition', detail: 'unmet guards', unmet }));
    expect(refusedUnmet(error)).toEqual(unmet);
    expect(refusedUnmet(new ApiError({ status: 409, code: 'version_conflict' }))).toBeNull();
    const render = (e: unknown, lang: 'en' | 'ru' = 'en') =>
      decode(wrap(<TransitionRefusal caseId="c1" stepId="move_to_arrest" error={e} states={view.states} timers={view.timers} names={{ checklist: () => 'Reactive investigation', item: (_c, i) => i }} onReload={noop} />, lang));
    const en = render(error);
    expect(en).toContain('data-testid="workflow-refused-move_to_arrest"');
    expect(en).toContain('This step cannot be taken yet. What is missing:');
    expect(en).toContain('Checklist “Reactive investigation” still has open items:');
    expect(en).toContain('A supervisor must approve this step first.');
    expect(render(error, 'ru')).toContain('Этот шаг пока нельзя выполнить. Чего не хватает:');
    expect(render(new ApiError({ status: 409, code: 'version_conflict', field: 'rev' }))).toContain('data-testid="workflow-reload"');
  });

  it('the state bar shows the workflow, the state with its SOP section, and every state with the current one marked', () => {
    const html = decode(wrap(<StateBar view={view} />));
    expect(html).toContain('Trafficking in persons, reactive · version 1');
    expect(html).toContain('SOP 3.6 reactive methods (lines 1305-1338)');
    expect(html).toContain('In this state since');
    expect(html).toMatch(/class="wf-state-chip current" aria-current="step" data-testid="workflow-state-investigation"/);
    expect(html).toMatch(/class="wf-state-chip final" data-testid="workflow-state-closed"/);
    expect(decode(wrap(<StateBar view={view} />, 'ru'))).toContain('версия 1');
  });

  it('the history names who moved the case, from where to where, and why', () => {
    const html = decode(wrap(<WorkflowHistory history={view.history} states={view.states} />));
    expect(html.indexOf('Victim made safe → Reactive investigation')).toBeLessThan(html.indexOf('>Started<'));
    expect(html).toContain('marat');
    expect(html).toContain('Victim in the shelter');
  });
});

describe('checklist panel', () => {
  it('the not-applicable form refuses an empty reason', () => {
    expect(checkMark('not_applicable', '  \n ')?.problem).toMatchObject({ code: 'reason_required', field: 'note' });
    expect(checkMark('not_applicable', 'The victim speaks Russian')).toBeNull();
    expect(checkMark('done', '')).toBeNull();
    expect(markBody('not_applicable', ' Speaks Russian ')).toEqual({ status: 'not_applicable', note: 'Speaks Russian' });
    expect(markBody('open')).toEqual({ status: 'open', note: '' });
    const form = (lang: 'en' | 'ru') =>
      decode(wrap(<MarkForm testId="checklist-mark-cl-item" status="not_applicable" busy={false} error={checkMark('not_applicable', '')} onSubmit={noop} onCancel={noop} />, lang));
    const en = form('en');
    expect(en).toContain('Why it does not apply');
    expect(en).toMatch(/<textarea[^>]*required=""[^>]*aria-invalid="true"[^>]*data-testid="checklist-mark-cl-item-note"/);
    expect(en).toContain('Give the reason.');
    expect(en).toContain('data-testid="checklist-mark-cl-item-submit"');
    expect(form('ru')).toContain('Укажите причину.');
    expect(form('ru')).toContain('Отметить как неприменимый');
    // A tick's note is optional: nothing is marked.
    const tick = wrap(<MarkForm testId="t" status="done" busy={false} error={null} onSubmit={noop} onCancel={noop} />);
    expect(tick).not.toContain('aria-invalid');
    expect(tick).not.toContain('required=""');
  });

  it('shows progress, items with their source and hint, and each mark with its note, who and when', () => {
    const html = decode(wrap(<ChecklistCard caseId="c1" checklist={checklists[0]} canAct defaultOpen onMarked={noop} />));
    expect(html).toContain('data-testid="checklist-reactive_investigation"');
    expect(html).toContain('2 done + 1 n/a of 5');
    expect(html).toMatch(/role="progressbar" aria-valuemin="0" aria-valuemax="5" aria-valuenow="3"/);
    expect(html).toContain('style="width:40%"');
    expect(html).toContain('data-testid="checklist-item-reactive_investigation-skeleton_arrest_plan"');
    expect(html).toContain('Source: 000_0fc0b1641750b782.txt, lines 1360-1363');
    expect(html).toContain('Ask the prosecutor first');
    expect(html).toMatch(/data-testid="checklist-item-reactive_investigation-victims_safe" checked=""/);
    expect(html).toContain('Done — aigul');
    expect(html).toContain('Shelter confirmed');
    expect(html).toContain('Not applicable — marat');
    expect(html).toContain('Reason: Speaks Kazakh');
    expect(html).toContain('data-testid="checklist-na-reactive_investigation-skeleton_arrest_plan"');
    expect(html).toContain('data-testid="checklist-reopen-reactive_investigation-interpreter"');
    const ru = decode(wrap(<ChecklistCard caseId="c1" checklist={checklists[0]} canAct={false} defaultOpen={false} onMarked={noop} />, 'ru'));
    expect(ru).toContain('Выполнено 2 + не применимо 1 из 5');
    expect(ru).toContain('Источник: 000_0fc0b1641750b782.txt, строки 1360-1363');
    expect(ru).not.toContain('data-testid="checklist-na-');
    expect(ru).toMatch(/disabled=""[^>]*data-testid="checklist-item-reactive_investigation-skeleton_arrest_plan"/);
  });
});

describe('workflow diagram', () => {
  const doc = tipReactive as unknown as WorkflowDoc;

  it('lays the states out in columns by breadth-first distance from the initial state', () => {
    const columns = columnsOf(doc);
    expect(columns[0]).toEqual(['victim_first']);
    expect(columns[1]).toEqual(['investigation', 'suspended']);
    expect(columns[2]).toEqual(['arrest', 'closed']);
    expect(columns.flat().sort()).toEqual(doc.states.map((s) => s.id).sort());
    const suspend = doc.transitions.find((t) => t.id === 'suspend');
    expect(suspend && fromStates(doc, suspend)).toEqual(['victim_first', 'investigation', 'arrest', 'case_file', 'prosecution']);
    const layout = layoutWorkflow(doc);
    // `*` is drawn once, as a stub; every other transition as one edge per state it leaves.
    expect(layout.stubs.map((s) => s.transition)).toEqual(['suspend']);
    const expected = doc.transitions.filter((t) => !t.from.includes('*')).reduce((n, t) => n + fromStates(doc, t).length, 0);
    expect(layout.edges).toHaveLength(expected);
    expect(layout.boxes.investigation.x).toBeGreaterThan(layout.boxes.victim_first.x);
    expect(wrapText('Move to the arrest phase now please', 12, 2)).toEqual(['Move to the', 'arrest phase…']);
  });

  it('draws final states differently, labels every transition and shows what a selection carries', () => {
    const html = decode(wrap(<WorkflowDiagram doc={doc} selected={{ kind: 'state', id: 'arrest' }} onSelect={noop} />));
    expect(html).toContain('<svg');
    expect(html).toMatch(/class="wf-node final" role="button" tabindex="0" data-testid="diagram-state-closed"/);
    expect(html).toMatch(/class="wf-node initial" role="button" tabindex="0" data-testid="diagram-state-victim_first"/);
    expect(html).toMatch(/class="wf-node selected"[^>]*data-testid="diagram-state-arrest"/);
    expect(html).toContain('Suspend — from any open state');
    expect(html).toContain('Hand over to the prosecutor');
    expect(html).toContain('marker-end="url(#wf-arrow)"');
    const state = decode(wrap(<DiagramDetails doc={doc} selected={{ kind: 'state', id: 'victim_first' }} onSelect={noop} />));
    expect(state).toContain('SOP 3.4 identification and screening');
    expect(state).toContain('<code>victim_needs</code>');
    expect(state).toContain('Task “Assess the risk to the victim and to others (the five identification factors)” for the team lead; deadline: 24 hours; priority: Urgent');
    expect(state).toContain('Notifies the unit’s supervisors');
    const step = decode(wrap(<DiagramDetails doc={doc} selected={{ kind: 'transition', id: 'move_to_arrest' }} onSelect={noop} />, 'ru'));
    expect(step).toContain('Следователь, Руководитель');
    expect(step).toContain('Ведущий следователь, Руководитель подразделения, ведущего дело');
    expect(step).toContain('Контрольный перечень reactive_investigation: skeleton_arrest_plan, arrests_coordinated');
    expect(step).toContain('Согласование руководителя');
  });
});
