import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { ChecklistPanel } from './ChecklistPanel';
import { CHECKLIST_IDS, toggleItem } from './checklist';
import { InterviewForm } from './InterviewForm';
import { checkInterview, createBody, EMPTY_INTERVIEW_VALUES, patchBody, rowsFromInterview, valuesFromInterview } from './interviewForm';
import type { PresentRow } from './interviewForm';
import { InterviewTable } from './InterviewTable';
import { PeaceStages } from './PeaceStages';
import { StatementList } from './StatementList';
import type { Interview } from './types';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(['case.read', 'case.update'])}>
        <ReferenceProvider initial={{ lookups: testLookups, units: [] }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );

const at = '2026-11-05T10:00:00.000Z';
const people = [{ id: 'p1', text: 'Айжан (14)' }, { id: 'p2', text: 'Мать Айжан' }];
const interviewer: PresentRow = { role: 'interviewer', name: 'Lt. D. Omarova', entity_id: '' };
const guardian: PresentRow = { role: 'guardian', name: 'Mother', entity_id: 'p2' };

const form = (kind: string, rows: PresentRow[], error: unknown = null, lang: 'en' | 'ru' = 'en') =>
  wrap(<InterviewForm initial={{ ...EMPTY_INTERVIEW_VALUES, kind, subject_entity_id: 'p1', started_at: '2026-11-05T15:00' }} initialRows={rows}
    people={people} busy={false} error={error} submitKey="buttons.create" onSubmit={() => undefined} onCancel={() => undefined} />, lang);

const iv: Interview = {
  id: 'i1', case_id: 'c1', kind: 'victim', subject: { id: 'p9', caption: null, identity_restricted: true }, started_at: at,
  ended_at: null, place: 'CTU Almaty', language: 'kk', peace_stage: 'account', consent: true, consent_note: '',
  present: [{ role: 'support_person', name: 'NGO counsellor' }], checklist: ['phones_off', 'private_room'],
  created_by: 'aigul', created_at: at, updated_at: at, version: 3,
};

describe('interview form', () => {
  it('warns before submit when a child has no guardian or support person present', () => {
    const html = form('child', [interviewer]);
    expect(html).toContain('data-testid="child-guardian-warning"');
    expect(html).toContain('A child is interviewed only with a guardian or a support person present');
    expect(form('child', [interviewer, guardian])).not.toContain('child-guardian-warning');
    expect(form('child', [{ ...interviewer, role: 'support_person' }])).not.toContain('child-guardian-warning');
    expect(form('witness', [])).not.toContain('child-guardian-warning');
    expect(form('child', [interviewer], null, 'ru')).toContain('Ребёнка опрашивают только в присутствии законного представителя');
  });

  it('shows the server’s child_needs_guardian on the "present" part of the form', () => {
    const html = form('child', [interviewer], new ApiError({ status: 422, code: 'child_needs_guardian', field: 'present' }));
    expect(html).toMatch(/<fieldset class="field present-input invalid" data-field="present"/);
    expect(html).toContain('id="interview-present-error"');
    expect(html).toContain('Field: Present');
    for (const id of ['interview-form', 'interview-save', 'interview-kind', 'interview-subject', 'present-role-0', 'present-add']) {
      expect(html).toContain(`data-testid="${id}"`);
    }
    const ru = form('child', [interviewer], new ApiError({ status: 422, code: 'child_needs_guardian', field: 'present' }), 'ru');
    expect(ru).toContain('Поле: Присутствовали');
    expect(ru).toContain('Законный представитель');
  });

  it('refuses a child interview without a safeguard before asking the server, and builds the body', () => {
    const values = { ...EMPTY_INTERVIEW_VALUES, kind: 'child', subject_entity_id: 'p1', started_at: '2026-11-05T15:00', place: ' Child room ' };
    expect(checkInterview(values, [interviewer])?.problem).toMatchObject({ code: 'child_needs_guardian', field: 'present' });
    expect(checkInterview(values, [interviewer, { role: 'guardian', name: '', entity_id: '' }])?.problem).toMatchObject({ code: 'required', field: 'present' });
    expect(checkInterview({ ...values, subject_entity_id: '' }, [guardian])?.problem).toMatchObject({ code: 'required', field: 'subject_entity_id' });
    expect(checkInterview(values, [interviewer, guardian, { role: '', name: '', entity_id: '' }])).toBeNull();
    expect(createBody(values, [interviewer, guardian, { role: '', name: ' ', entity_id: '' }])).toEqual({
      kind: 'child', subject_entity_id: 'p1', started_at: new Date('2026-11-05T15:00').toISOString(), place: 'Child room',
      present: [{ role: 'interviewer', name: 'Lt. D. Omarova' }, { role: 'guardian', name: 'Mother', entity_id: 'p2' }],
    });
    expect(patchBody(iv, { ...valuesFromInterview(iv), peace_stage: 'closure' }, rowsFromInterview(iv))).toEqual({ version: 3, peace_stage: 'closure' });
  });
});

describe('interview page pieces', () => {
  it('shows a notice instead of restricted statement texts, but who recorded each version', () => {
    const html = wrap(<StatementList restricted statements={[
      { version: 1, language: 'kk', note: '', recorded_by: 'aigul', recorded_at: at },
      { version: 2, language: 'kk', note: 'read back', recorded_by: 'marat', recorded_at: at },
    ]} />);
    expect(html).toContain('data-testid="statements-restricted"');
    expect(html).toContain('The statement is restricted');
    expect(html.match(/data-testid="statement-version"/g)).toHaveLength(2);
    expect(html).not.toContain('statement-text');
    expect(html.indexOf('Version 2')).toBeLessThan(html.indexOf('Version 1'));
    expect(wrap(<StatementList restricted statements={[]} />, 'ru')).toContain('Текст показаний закрыт');
  });

  it('lists every version of a readable statement newest first with who, when and the note', () => {
    const html = wrap(<StatementList statements={[
      { version: 1, text: 'I saw two vans at night.', language: 'ru', note: '', recorded_by: 'aigul', recorded_at: at },
      { version: 2, text: 'I saw two white vans at 2 a.m.', language: 'ru', note: 'added after reading back', recorded_by: 'aigul', recorded_at: at },
    ]} />);
    expect(html).not.toContain('statements-restricted');
    expect(html.indexOf('two white vans')).toBeLessThan(html.indexOf('two vans at night'));
    expect(html).toContain('Note: added after reading back');
    expect(html).toContain('>current<');
  });

  it('ticks the Annex A checklist in its groups and marks the PEACE stage', () => {
    const html = wrap(<ChecklistPanel ticked={iv.checklist} busy={false} onToggle={() => undefined} />);
    expect(html.match(/data-testid="checklist-item"/g)).toHaveLength(CHECKLIST_IDS.length);
    expect(html.match(/checked=""/g)).toHaveLength(2);
    expect(html).toContain(`2 of ${CHECKLIST_IDS.length} done`);
    expect(html).toContain('<legend>Conditions</legend>');
    expect(wrap(<ChecklistPanel ticked={[]} busy={false} />, 'ru')).toContain('Телефоны выключены');
    expect(toggleItem(['private_room'], 'phones_off', true)).toEqual(['private_room', 'phones_off']);
    expect(toggleItem(['private_room', 'later_item'], 'private_room', false)).toEqual(['later_item']);

    const steps = wrap(<PeaceStages stage="account" />, 'ru');
    expect(steps.match(/class="step step-done"/g)).toHaveLength(2);
    expect(steps).toMatch(/class="step step-current" aria-current="step" data-stage="account"/);
    expect(steps).toContain('Установление контакта и разъяснение');
  });

  it('shows the interviews list with a hidden identity and translated kinds', () => {
    const html = wrap(<InterviewTable rows={[iv]} />, 'ru');
    expect(html).toContain('data-testid="interview-row"');
    expect(html).toContain('Личность скрыта');
    expect(html).toContain('Потерпевший / жертва');
    expect(html).toContain('Свободный рассказ и уточнение');
  });
});

describe('bundled checklist', () => {
  it('is config/checklists/interview.json, item for item', () => {
    const file = JSON.parse(readFileSync(resolve(__dirname, '../../../../config/checklists/interview.json'), 'utf8')) as {
      groups: { items: { id: string; label: { en: string; ru: string } }[] }[];
    };
    const ids = file.groups.flatMap((g) => g.items.map((i) => i.id));
    expect(CHECKLIST_IDS).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of file.groups.flatMap((g) => g.items)) expect(item.label.en && item.label.ru, item.id).toBeTruthy();
  });
});
