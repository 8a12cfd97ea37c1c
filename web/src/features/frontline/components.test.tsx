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
import { HandoverForm } from './HandoverForm';
import { OpenCaseForm } from './OpenCaseForm';
import { ReportBlocks } from './ReportBlocks';
import { ReportForm } from './ReportForm';
import { checkOpenCase, checkReport, createReportBody, emptyReport, isEditable, openCaseBody, patchReportBody, valuesFromReport } from './reportForm';
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
    expect(createReportBody(blocks, v)).toEqual({
      blocks: { exploitation_type: 'Works at the market', countries: '' },
      location: 'Almaty',
      observed_at: new Date('2026-06-01T08:30').toISOString(),
    });
    expect(createReportBody(blocks, { ...v, location: '', observed_at: '' })).toEqual({ blocks: { exploitation_type: 'Works at the market', countries: '' } });
    expect(patchReportBody(report, blocks, valuesFromReport(report, blocks))).toEqual({ version: 3, blocks: { exploitation_type: 'Works at the market, no pay', countries: '' } });
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
