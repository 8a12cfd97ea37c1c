import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { testReference } from '../../shared/protectionFixtures';
import { ReferenceProvider } from '../../shared/reference';
import type { Unit } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { normalizeGrading } from '../../shared/intelligence';
import type { ReportItem } from '../../shared/intelligence';
import gradingFile from '../../../../config/intelligence/grading.json';
import { FactsView, GradingView, ItemList } from './IntelView';
import { GradingSelects } from './GradingSelects';
import { ItemDraftForm, ItemRows, ItemsEditor, draftItem } from './ItemsEditor';
import { HandoverForm } from './HandoverForm';
import { OpenCaseForm } from './OpenCaseForm';
import { ReportBlocks } from './ReportBlocks';
import { ReportForm } from './ReportForm';
import { checkItem, checkOpenCase, checkReport, createReportBody, emptyReport, isEditable, openCaseBody, patchReportBody, valuesFromReport } from './reportForm';
import { ReportList } from './ReportList';
import { ReportStateBadge } from './ReportStateBadge';
import type { FrontlineReport } from './types';

const units: Unit[] = [{ id: 'n2', code: 'KZ-TIP', name: 'Anti-trafficking unit', country: 'KZ' }];
const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en', unitList: Unit[] = units) =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={{ ...testUser(['frontline.report', 'screening.record']), unit: { id: 'n1', code: 'KZ-ALA', name: 'Almaty', country: 'KZ' } }}>
        <ReferenceProvider initial={{ lookups: testLookups, units: unitList }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );
const decode = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const noop = () => undefined;
const blocks = testReference.frontline_report.blocks;

const report: FrontlineReport = {
  id: 'r1', reference: 'FL-2026-0001', state: 'draft', blocks: { exploitation_type: 'Works at the market, no pay', countries: '' },
  location: 'Almaty, Barakholka market', observed_at: '2026-06-01T08:30:00.000Z', author: { id: 'u1', display_name: 'Aigul' },
  target_unit: null, case: null, screenings: [], handed_over_at: null, created_at: '2026-06-01T09:00:00.000Z', updated_at: '2026-06-01T09:00:00.000Z', version: 3,
};

describe('frontline report helpers', () => {
  it('send every block of the reference, trimmed, with place and time only when given', () => {
    const v = { ...emptyReport(blocks), blocks: { exploitation_type: ' Works at the market ', countries: '' }, location: ' Almaty ', observed_at: '2026-06-01T08:30' };
    const grading = { source: 'E', intelligence: '4', handling: 'H4' };
    expect(createReportBody(blocks, v)).toEqual({
      blocks: { exploitation_type: 'Works at the market', countries: '' },
      location: 'Almaty',
      observed_at: new Date('2026-06-01T08:30').toISOString(),
      grading,
    });
    expect(createReportBody(blocks, { ...v, location: '', observed_at: '' })).toEqual({ blocks: { exploitation_type: 'Works at the market', countries: '' }, grading });
    expect(patchReportBody(report, blocks, valuesFromReport(report, blocks))).toEqual({
      version: 3,
      blocks: { exploitation_type: 'Works at the market, no pay', countries: '' },
      grading,
      facts: { exploitation_forms: [], countries: [], modus: [] },
      items: [],
      originator_contact: '',
    });
  });

  it('refuse an empty report and a bad time before sending', () => {
    expect(checkReport(blocks, emptyReport(blocks))?.problem).toMatchObject({ code: 'required', field: 'blocks' });
    expect(checkReport(blocks, { ...emptyReport(blocks), blocks: { countries: 'UZ' }, observed_at: 'yesterday' })?.problem).toMatchObject({ code: 'invalid_date', field: 'observed_at' });
    expect(checkReport(blocks, { ...emptyReport(blocks), blocks: { countries: 'UZ' } })).toBeNull();
  });

  it('let only the author change a draft', () => {
    expect(isEditable(report, 'u1')).toBe(true);
    expect(isEditable(report, 'u2')).toBe(false);
    expect(isEditable({ ...report, state: 'handed_over' }, 'u1')).toBe(false);
  });

  it('check the open-case form and build its body', () => {
    expect(checkOpenCase({ title: ' ', category: 'tip', approach: 'reactive', country: '' })?.problem).toMatchObject({ code: 'required', field: 'title' });
    expect(checkOpenCase({ title: 'Market', category: '', approach: 'reactive', country: '' })?.problem).toMatchObject({ field: 'category' });
    expect(openCaseBody({ title: ' Market ', category: 'tip', approach: 'reactive', country: 'KZ' })).toEqual({ title: 'Market', category: 'tip', approach: 'reactive', jurisdiction: { country: 'KZ' } });
    expect(openCaseBody({ title: 'Market', category: 'tip', approach: 'reactive', country: '' })).toEqual({ title: 'Market', category: 'tip', approach: 'reactive' });
  });
});

describe('frontline components', () => {
  it('the form has one textarea per block with the hint as placeholder, place, time and save', () => {
    const html = decode(wrap(<ReportForm blocks={blocks} initial={emptyReport(blocks)} withPlaceAndTime busy={false} error={null} onSubmit={noop} />));
    expect(html).toMatch(/<textarea id="frontline-block-exploitation_type"[^>]*placeholder="What work, what was done to them" data-testid="frontline-block-exploitation_type"/);
    expect(html).toContain('data-testid="frontline-block-countries"');
    expect(html).toContain('data-testid="frontline-location"');
    expect(html).toContain('data-testid="frontline-observed-at"');
    expect(html).toContain('data-testid="frontline-save"');
    const ru = wrap(<ReportForm blocks={blocks} initial={emptyReport(blocks)} withPlaceAndTime={false} busy={false} error={new ApiError({ status: 422, code: 'required', field: 'blocks' })} onSubmit={noop} />, 'ru');
    expect(ru).toContain('Вид эксплуатации');
    expect(ru).toContain('Сохранить черновик');
    expect(ru).toContain('Поле: Текст сообщения');
    expect(ru).not.toContain('data-testid="frontline-location"');
  });

  it('lists reports as links with the row test ids and shows the state with its id', () => {
    const html = wrap(<ReportList rows={[report]} rowTestId="frontline-row" />);
    expect(html).toMatch(/<a href="\/frontline\/r1" class="report-card" data-testid="frontline-row-r1">/);
    expect(html).toContain('Draft');
    expect(wrap(<ReportList rows={[report]} rowTestId="inbox-row" showAuthor />)).toContain('data-testid="inbox-row-r1"');
    expect(wrap(<ReportStateBadge state="handed_over" testId="frontline-state" />, 'ru')).toMatch(/data-testid="frontline-state" data-value="handed_over">Передано</);
    expect(wrap(<ReportList rows={[]} rowTestId="frontline-row" />)).toContain('No reports yet.');
  });

  it('reads a report back block by block', () => {
    const html = wrap(<ReportBlocks report={report} blocks={blocks} />);
    expect(html).toContain('Almaty, Barakholka market');
    expect(html).toContain('Works at the market, no pay');
    expect(html).toContain('data-testid="frontline-text-countries"');
    expect(wrap(<ReportBlocks report={report} blocks={blocks} withBlocks={false} />)).not.toContain('frontline-text-');
  });

  it('hands over to a unit chosen from the list, or typed when no unit is listed', () => {
    const html = wrap(<HandoverForm report={report} onSaved={noop} />);
    expect(html).toMatch(/<select id="frontline-handover-unit"[^>]*data-testid="frontline-handover-unit"/);
    expect(html).toContain('<option value="n2">KZ-TIP — Anti-trafficking unit</option>');
    expect(html).toContain('data-testid="frontline-handover-submit"');
    expect(wrap(<HandoverForm report={report} onSaved={noop} />, 'en', [])).toMatch(/<input id="frontline-handover-unit"/);
  });

  it('opens a case with title, category and approach from the lookups', () => {
    const html = wrap(<OpenCaseForm report={{ ...report, state: 'handed_over' }} />);
    for (const id of ['open-case-title', 'open-case-category', 'open-case-approach', 'open-case-submit']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).toContain('Trafficking in persons');
    expect(html).toMatch(/data-testid="open-case-country"[^]*<option value="KZ" selected="">/);
  });
});

const doc = normalizeGrading(gradingFile as unknown as Record<string, unknown>);
const tagsOf = (html: string, testId: string) => html.match(new RegExp(`<[a-z]+ [^>]*data-testid="${testId}"[^>]*>`, 'g')) ?? [];

describe('the intelligence part of the report', () => {
  it('has the grading selects labelled from grading.json in the UI language, the facts, the items and the contact', () => {
    const html = decode(wrap(<ReportForm blocks={blocks} initial={emptyReport(blocks)} withPlaceAndTime busy={false} error={null} onSubmit={noop} grading={doc} />));
    for (const id of ['report-grading-source', 'report-grading-intelligence', 'report-grading-handling']) expect(tagsOf(html, id)[0], id).toMatch(/^<select /);
    // The default: untested source, cannot be judged, own agency only.
    expect(html).toContain('<option value="E" selected="">E — Untested source</option>');
    expect(html).toContain('<option value="4" selected="">4 — Cannot be judged</option>');
    expect(html).toContain('<option value="H4" selected="">H4 — Only within the originating agency</option>');
    expect(html).toMatch(/data-testid="report-grading-tlp">TLP:AMBER\+STRICT · Only within the originating agency</);
    expect(tagsOf(html, 'report-originator-contact')).toHaveLength(1);
    for (const id of ['item-add', 'item-kind', 'fact-form-labour', 'fact-modus-job_advert', 'fact-country-add']) expect(html, id).toContain(`data-testid="${id}"`);
    expect(html).toContain('<option value="organisation">Organisation</option>');
    const ru = wrap(<ReportForm blocks={blocks} initial={emptyReport(blocks)} withPlaceAndTime busy={false} error={null} onSubmit={noop} grading={doc} />, 'ru');
    for (const text of ['Источник не проверен', 'Оценить невозможно', 'Только внутри ведомства-источника', 'Ложное объявление о работе', 'Принудительный труд', 'Добавить элемент']) expect(ru).toContain(text);
  });

  it('offers an item only its report\'s handling and narrower ones', () => {
    const html = wrap(<GradingSelects doc={doc} value={{ source: 'C', intelligence: '3', handling: 'H3' }} idPrefix="item-grading" handlingCodes={doc.handling_codes.slice(2)} onChange={noop} />);
    expect(html).not.toContain('<option value="H1">');
    expect(html).toContain('<option value="H3" selected="">');
    expect(html).toContain('<option value="H5">');
  });

  it('shows the fields of the chosen kind, the required ones marked, and the own grading when asked', () => {
    const draft = { index: null, kind: 'person' as const, fields: { name: 'Botir' }, ownGrading: true, grading: { source: 'C', intelligence: '3', handling: 'H4' } };
    const html = decode(wrap(<ItemDraftForm draft={draft} doc={doc} reportHandling="H4" error={null} onChange={noop} onSave={noop} onCancel={noop} />));
    for (const f of ['name', 'birth_date', 'nationality', 'description', 'phone', 'passport']) expect(html, f).toContain(`data-testid="item-field-${f}"`);
    expect(tagsOf(html, 'item-field-birth_date')[0]).toContain('type="date"');
    expect(tagsOf(html, 'item-field-nationality')[0]).toMatch(/^<select /);
    expect(html).toContain('value="Botir"');
    expect(html).toContain('data-testid="item-save"');
    expect(html).toContain('data-testid="item-grading-handling"');
    expect(html).not.toContain('<option value="H3">');
    const doc2 = wrap(<ItemDraftForm draft={{ ...draft, kind: 'document', fields: {}, ownGrading: false }} doc={doc} reportHandling="H4" error={null} onChange={noop} onSave={noop} onCancel={noop} />);
    for (const f of ['number', 'kind', 'country']) expect(doc2).toContain(`data-testid="item-field-${f}"`);
    expect(doc2).not.toContain('data-testid="item-field-name"');
    expect(doc2).not.toContain('data-testid="item-grading-source"');
    expect(draftItem({ ...draft, fields: { name: ' Botir ', passport: ' ' } })).toEqual({ kind: 'person', fields: { name: 'Botir' }, grading: { source: 'C', intelligence: '3', handling: 'H4' } });
  });

  it('lists the items added, and the editor starts with the add button', () => {
    const items: ReportItem[] = [{ kind: 'phone', fields: { number: '+998 90 123 45 67' } }, { id: 'i2', kind: 'person', fields: { name: 'Botir', nationality: 'UZ' }, grading: { source: 'B', intelligence: '2', handling: 'H5' } }];
    const html = decode(wrap(<ItemRows items={items} editing={null} onEdit={noop} onRemove={noop} />));
    expect(tagsOf(html, 'item-row')).toHaveLength(2);
    expect(html).toContain('Nationality: Uzbekistan');
    expect(html).toContain('B2 · H5');
    expect(html).toContain('data-testid="item-remove-1"');
    const editor = wrap(<ItemsEditor doc={doc} items={[]} reportGrading={{ source: 'E', intelligence: '4', handling: 'H4' }} onChange={noop} />);
    expect(editor).toContain('data-testid="item-add"');
    expect(editor).toContain('data-testid="items-empty"');
    expect(editor).not.toContain('data-testid="item-save"');
  });

  it('sends grading, facts, items and the contact, and refuses a bad item or too long a contact', () => {
    const v = {
      ...emptyReport(blocks),
      blocks: { exploitation_type: 'Market', countries: '' },
      grading: { source: 'B', intelligence: '2', handling: 'H3' },
      facts: { exploitation_forms: ['labour'], countries: [{ code: 'uz', role: 'origin' }, { code: '', role: 'transit' }], modus: ['job_advert'] },
      items: [{ kind: 'phone', fields: { number: ' +998 90 123 45 67 ', extra: ' ' } }],
      originator_contact: ' Aigul, +7 701 ',
    };
    expect(createReportBody(blocks, v)).toEqual({
      blocks: { exploitation_type: 'Market', countries: '' },
      grading: { source: 'B', intelligence: '2', handling: 'H3' },
      facts: { exploitation_forms: ['labour'], countries: [{ code: 'UZ', role: 'origin' }], modus: ['job_advert'] },
      items: [{ kind: 'phone', fields: { number: '+998 90 123 45 67' } }],
      originator_contact: 'Aigul, +7 701',
    });
    expect(checkReport(blocks, v, doc)).toBeNull();
    expect(checkReport(blocks, { ...v, items: [{ kind: 'person', fields: { passport: 'AB1' } }] }, doc)?.problem).toMatchObject({ code: 'required', field: 'items.0.fields.name' });
    expect(checkReport(blocks, { ...v, items: [{ kind: 'phone', fields: { number: '1' }, grading: { source: 'A', intelligence: '1', handling: 'H1' } }] }, doc)?.problem).toMatchObject({ field: 'items.0.grading.handling' });
    // 500 bytes: 250 Cyrillic letters are 500 bytes, one more is too many.
    expect(checkReport(blocks, { ...v, originator_contact: 'ж'.repeat(250) }, doc)).toBeNull();
    expect(checkReport(blocks, { ...v, originator_contact: 'ж'.repeat(251) }, doc)?.problem).toMatchObject({ code: 'too_long', field: 'originator_contact' });
    expect(checkItem({ kind: 'account', fields: { bank: 'Halyk' } }, 'H4', doc)?.problem).toMatchObject({ field: 'fields.number' });
    const back = valuesFromReport({ ...report, grading: { source: 'B', intelligence: '2', handling: 'H3' }, items: [{ id: 'i1', kind: 'phone', fields: { number: '1' } }], originator_contact: 'x' }, blocks);
    expect(back.grading).toEqual({ source: 'B', intelligence: '2', handling: 'H3' });
    expect(patchReportBody(report, blocks, back).items).toEqual([{ id: 'i1', kind: 'phone', fields: { number: '1' } }]);
  });

  it('reads grading, facts and items back, the withheld ones counted', () => {
    const html = decode(wrap(<GradingView doc={doc} grading={{ source: 'B', intelligence: '2', handling: 'H5' }} />));
    expect(html).toContain('Mostly reliable');
    expect(html).toContain('TLP:RED');
    expect(html).toContain('special handling');
    expect(decode(wrap(<FactsView doc={doc} facts={{ exploitation_forms: ['sexual'], countries: [{ code: 'KZ', role: 'transit' }], modus: ['debt_bondage'] }} />, 'ru'))).toMatch(/Сексуальная эксплуатация[^]*Казахстан \(Страна транзита\)[^]*Долговая кабала/);
    const items = wrap(<ItemList items={[{ id: 'i1', kind: 'vehicle', fields: { plate: '777 ABC 02', description: 'white Sprinter' } }]} withheld={3} doc={doc} />, 'ru');
    expect(items).toContain('777 ABC 02');
    expect(items).toContain('3 элемента скрыты согласно порядку обращения');
  });
});
