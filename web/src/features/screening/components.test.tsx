import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { SessionProvider } from '../../shared/session';
import { testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { IndicatorGroupFieldset } from './IndicatorGroupFieldset';
import { groupIndicators, newestFirst, observedCount, screeningBody } from './screening';
import { ScreeningList } from './ScreeningList';
import { ScreeningResultView } from './ScreeningResultView';
import { SetPicker } from './SetPicker';
import type { IndicatorSet, IndicatorSetSummary, Screening } from './types';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(['screening.record'])}>{node}</SessionProvider>
    </I18nProvider>,
  );
const decode = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const l = (en: string, ru: string) => ({ en, ru });

const general: IndicatorSet = {
  id: 'sop_general', version: 2, kind: 'standard', label: l('General indicators', 'Общие индикаторы'), applies_to: 'any',
  groups: [{ id: 'control', label: l('Control', 'Контроль') }, { id: 'work', label: l('Work', 'Работа') }],
  indicators: [
    { id: 'sop_general.no_documents', text: l('Does not hold their documents', 'Не имеет при себе документов'), group: 'control', direct: true },
    { id: 'sop_general.escorted', text: l('Is escorted', 'Находится в сопровождении'), group: 'control', direct: false },
    { id: 'sop_general.long_hours', text: l('Works excessive hours', 'Работает сверхурочно'), group: 'work', direct: false },
    { id: 'sop_general.stray', text: l('Stray', 'Без группы'), group: 'elsewhere', direct: false },
  ],
};
const labour: IndicatorSet = { ...general, id: 'sop_labour', groups: [], indicators: [{ id: 'sop_labour.debt', text: l('Owes a debt', 'Имеет долг'), group: 'debt', direct: false }] };

const screening: Screening = {
  id: 's1', subject: { report_id: 'r1' }, sets: [{ id: 'sop_general', version: 2 }],
  observations: [{ indicator: 'sop_general.no_documents', note: 'passport held by employer', text: l('Does not hold their documents', 'Не имеет при себе документов'), group: 'control', direct: true }],
  result: {
    groups: [
      { set: 'sop_general', group: 'control', label: l('Control', 'Контроль'), observed: 1, direct_observed: 1, total: 2 },
      { set: 'sop_general', group: 'work', label: l('Work', 'Работа'), observed: 0, direct_observed: 0, total: 1 },
    ],
    recommendation: 'refer_specialised_unit',
    notice: l('Indicators prompt enquiry; they never decide whether someone is a victim.', 'Индикаторы побуждают к проверке; они не решают, является ли человек жертвой.'),
  },
  created_by: 'frontline', created_at: '2026-06-01T09:00:00.000Z',
};

describe('screening helpers', () => {
  it('put the indicators under their groups, an unknown group last, empty groups left out', () => {
    const views = groupIndicators(general);
    expect(views.map((v) => [v.group.id, v.indicators.map((i) => i.id)])).toEqual([
      ['control', ['sop_general.no_documents', 'sop_general.escorted']],
      ['work', ['sop_general.long_hours']],
      ['elsewhere', ['sop_general.stray']],
    ]);
    expect(groupIndicators({ ...general, indicators: [] })).toEqual([]);
  });

  it('send only ticked indicators of the chosen sets, each note trimmed', () => {
    const marks = {
      'sop_general.no_documents': { checked: true, note: ' passport held by employer ' },
      'sop_general.escorted': { checked: false, note: 'not ticked, not sent' },
      'sop_labour.debt': { checked: true, note: '' },
    };
    expect(screeningBody({ report_id: 'r1' }, [general], marks, '  ')).toEqual({
      subject: { report_id: 'r1' },
      sets: ['sop_general'],
      observations: [{ indicator: 'sop_general.no_documents', note: 'passport held by employer' }],
    });
    const both = screeningBody({ case_id: 'c1', entity_id: 'e1' }, [general, labour], marks, ' met at the market ');
    expect(both.sets).toEqual(['sop_general', 'sop_labour']);
    expect(both.observations.map((o) => o.indicator)).toEqual(['sop_general.no_documents', 'sop_labour.debt']);
    expect(both.note).toBe('met at the market');
    expect(observedCount([general, labour], marks)).toBe(2);
  });

  it('list earlier screenings newest first', () => {
    const older = { ...screening, id: 's0', created_at: '2026-05-01T09:00:00.000Z' };
    expect(newestFirst([older, screening]).map((s) => s.id)).toEqual(['s1', 's0']);
  });
});

describe('screening components', () => {
  it('offer each set as a checkbox, and each indicator with a checkbox and a note', () => {
    const summary: IndicatorSetSummary = { id: 'sop_general', version: 2, kind: 'standard', label: general.label, applies_to: 'child', count: 4, groups: general.groups };
    const sets = wrap(<SetPicker sets={[summary]} chosen={['sop_general']} onChange={() => undefined} />, 'ru');
    expect(sets).toMatch(/<input type="checkbox" data-testid="screening-set-sop_general" checked=""/);
    expect(sets).toContain('Общие индикаторы');
    expect(sets).toContain('4 индикатора');
    expect(sets).toContain('Для детей');
    const group = wrap(<IndicatorGroupFieldset setId="sop_general" view={groupIndicators(general)[0]} marks={{ 'sop_general.no_documents': { checked: true, note: 'x' } }} onMark={() => undefined} />);
    expect(group).toContain('data-testid="screening-indicator-sop_general.no_documents"');
    expect(group).toContain('data-testid="screening-note-sop_general.escorted"');
    expect(group).toContain('>Direct<');
    expect(group).toContain('Control');
  });

  it('show observed per group, the recommendation with its id, and always the server’s notice — never a score', () => {
    const html = decode(wrap(<ScreeningResultView screening={screening} primary />));
    expect(html).toMatch(/data-testid="screening-recommendation" data-value="refer_specialised_unit"/);
    expect(html).toContain('Refer to the specialised unit');
    expect(html).toContain('observed 1 of 2 (direct: 1)');
    expect(html).toContain('observed 0 of 1 (direct: 0)');
    expect(html).toMatch(/data-testid="screening-notice">Indicators prompt enquiry; they never decide whether someone is a victim.</);
    expect(html.toLowerCase()).not.toContain('score');
    const ru = wrap(<ScreeningResultView screening={screening} primary />, 'ru');
    expect(ru).toContain('отмечено 1 из 2 (прямых: 1)');
    expect(ru).toContain('Передать в специализированное подразделение');
    expect(ru).toContain('Индикаторы побуждают к проверке');
  });

  it('keep the test ids off earlier screenings, which still carry the notice', () => {
    const html = decode(wrap(<ScreeningList items={[screening]} />));
    expect(html).toContain('data-testid="screening-row-s1"');
    expect(html).toContain('data-recommendation="refer_specialised_unit"');
    expect(html).not.toContain('data-testid="screening-recommendation"');
    expect(html).not.toContain('data-testid="screening-notice"');
    expect(html).toContain('Indicators prompt enquiry');
    expect(html).toContain('passport held by employer');
    expect(wrap(<ScreeningList items={[]} />)).toContain('No screenings yet.');
  });
});
