import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, setCsrfToken } from '../../shared/api';
import { DEFAULT_GRADING, itemHandlingCodes, normalizeGrading, widerThanReport } from '../../shared/intelligence';
import { testReference } from '../../shared/protectionFixtures';
import { ReferenceProvider } from '../../shared/reference';
import type { Unit } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import gradingFile from '../../../../config/intelligence/grading.json';
import { changeGrading, checkDissemination, listSearches, moveCycle, getStats, searchIntel } from './api';
import { CheckResult } from './DisseminationPanel';
import { DisseminationLog } from './DisseminationLog';
import {
  checkGradingChange,
  cycleTargets,
  gradingChangeBody,
  gradingValues,
  mayChangeGrading,
  intelError,
  remainingFields,
  sanitiseBody,
  sanitiseValues,
  statsBars,
  tlpClass,
} from './display';
import { GradingForm } from './GradingPanel';
import { HistoryList } from './HistoryList';
import { IntelReportView } from './IntelReportView';
import { SearchResults } from './IntelSearchPage';
import { StatsView } from './IntelStatsPage';
import { IntelTable } from './IntelTable';
import { ItemMatchesList } from './MatchesPanel';
import { NoticesTable } from './NoticesPage';
import { SanitiseForm } from './SanitiseForm';
import { SearchLogTable } from './SearchLogPage';
import type { Dissemination, DisseminationCheck, IntelReport } from './types';

const doc = normalizeGrading(gradingFile as unknown as Record<string, unknown>);
const blocks = testReference.frontline_report.blocks;
const units: Unit[] = [
  { id: 'n1', code: 'KZ-ALA', name: 'Almaty', country: 'KZ' },
  { id: 'n2', code: 'KZ-TIP', name: 'Anti-trafficking unit', country: 'KZ' },
  { id: 'n3', code: 'UZ-TIP', name: 'Tashkent unit', country: 'UZ' },
];
const SUPERVISOR = ['intel.read', 'intel.manage', 'intel.search', 'frontline.inbox', 'task.manage', 'case.create', 'deconfliction.read'];

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en', permissions: string[] = SUPERVISOR, unitId = 'n2') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={{ ...testUser(permissions), id: 'u9', unit: { id: unitId, code: 'KZ-TIP', name: 'Anti-trafficking unit', country: 'KZ' } }}>
        <ReferenceProvider initial={{ lookups: testLookups, units }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );
const decode = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const tagsOf = (html: string, testId: string) => html.match(new RegExp(`<[a-z]+ [^>]*data-testid="${testId}"[^>]*>`, 'g')) ?? [];
const noop = () => undefined;
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const report: IntelReport = {
  id: 'r1', reference: 'FL-2026-0007', state: 'handed_over', cycle: 'collected',
  blocks: { exploitation_type: 'Works at the market, no pay', countries: 'UZ to KZ via Zhibek Zholy, told by Botir' },
  location: 'Almaty', observed_at: null, author: { id: 'u1', display_name: 'Aigul' }, target_unit: { id: 'n2', name: 'Anti-trafficking unit' },
  case: null, handed_over_at: '2026-06-01T10:00:00.000Z', created_at: '2026-06-01T09:00:00.000Z', updated_at: '2026-06-01T10:00:00.000Z', version: 4,
  grading: { source: 'B', intelligence: '2', handling: 'H5' },
  facts: { exploitation_forms: ['labour'], countries: [{ code: 'UZ', role: 'origin' }, { code: 'KZ', role: 'destination' }], modus: ['job_advert'] },
  items: [
    { id: 'i1', kind: 'person', fields: { name: 'Botir Rakhimov', nationality: 'UZ', birth_date: '1990-05-01' } },
    { id: 'i2', kind: 'phone', fields: { number: '+998 90 123 45 67' }, grading: { source: 'C', intelligence: '3', handling: 'H5' } },
  ],
  withheld_items: 2, originator_contact: 'Aigul, +7 701 000 00 00', sanitised: false, sanitised_from: null, copies: [{ id: 'r2', reference: 'FL-2026-0008' }],
  risk_assessment: null, relation: 'holder', access: { recipient_class: 'holder', paths: ['view', 'export', 'share_unit'] }, tlp: 'TLP:RED',
};

describe('grading and handling as data', () => {
  it('keeps the handling codes widest first and an item never wider than its report', () => {
    expect(doc.handling_codes.map((h) => h.code)).toEqual(['H1', 'H2', 'H3', 'H4', 'H5']);
    expect(itemHandlingCodes(doc, 'H3').map((h) => h.code)).toEqual(['H3', 'H4', 'H5']);
    expect(widerThanReport(doc, 'H2', 'H3')).toBe(true);
    expect(widerThanReport(doc, 'H4', 'H3')).toBe(false);
    expect(normalizeGrading(null)).toMatchObject({ handling_codes: [], cycle: { states: [], transitions: {} }, min_cell: 3 });
    expect(tlpClass('TLP:AMBER+STRICT')).toBe('tlp-amber-strict');
    expect(tlpClass('TLP:RED')).toBe('tlp-red');
  });

  it('offers the next states of the cycle to the holder only, from analysed on only with intel.manage', () => {
    const viewer = (ps: string[], unitId = 'n2') => ({ userId: 'u9', unitId, can: (p: string) => ps.includes(p) });
    expect(cycleTargets(doc, report, viewer(SUPERVISOR))).toEqual(['evaluated', 'archived']);
    expect(cycleTargets(doc, { ...report, relation: 'recipient' }, viewer(SUPERVISOR))).toEqual([]);
    expect(cycleTargets(doc, { ...report, cycle: 'analysed' }, viewer(['intel.read']))).toEqual([]);
    expect(cycleTargets(doc, { ...report, cycle: 'analysed' }, viewer(SUPERVISOR))).toEqual(['disseminated', 'archived']);
    expect(cycleTargets(doc, { ...report, cycle: 'archived' }, viewer(SUPERVISOR))).toEqual([]);
    // Without a relation (an older answer), the holding unit is the target unit.
    expect(cycleTargets(doc, { ...report, relation: null }, viewer(SUPERVISOR))).toEqual(['evaluated', 'archived']);
    expect(cycleTargets(doc, { ...report, relation: null }, viewer(SUPERVISOR, 'n3'))).toEqual([]);
    expect(mayChangeGrading({ ...report, relation: 'recipient' }, viewer(SUPERVISOR))).toBe(false);
    expect(mayChangeGrading({ ...report, relation: 'recipient', author: { id: 'u1', display_name: 'Aigul', unit: { id: 'n2' } } }, viewer(SUPERVISOR))).toBe(true);
    expect(mayChangeGrading({ ...report, relation: 'author' }, viewer([]))).toBe(true);
  });
});

describe('the grading change', () => {
  it('asks a supervisor who is not the author for a reason and sends only what changed', () => {
    const v = gradingValues(report, DEFAULT_GRADING);
    expect(v.items).toEqual({ i2: { source: 'C', intelligence: '3', handling: 'H5' } });
    expect(checkGradingChange(v, false)?.problem).toMatchObject({ code: 'reason_required', field: 'reason' });
    expect(checkGradingChange(v, true)).toBeNull();
    const changed = { ...v, grading: { ...v.grading, source: 'A' }, items: { ...v.items, i1: { source: 'D', intelligence: '4', handling: 'H5' } }, reason: ' Source confirmed ' };
    expect(gradingChangeBody(report, changed)).toEqual({
      version: 4,
      grading: { source: 'A', intelligence: '2', handling: 'H5' },
      items: { i1: { grading: { source: 'D', intelligence: '4', handling: 'H5' } } },
      reason: 'Source confirmed',
    });
    expect(gradingChangeBody(report, v)).toEqual({ version: 4 });
  });

  it('shows the three selects labelled from grading.json and the reason required for a non-author', () => {
    const html = decode(wrap(<GradingForm report={report} doc={doc} author={false} onSaved={noop} onReload={noop} onCancel={noop} />));
    for (const id of ['report-grading-source', 'report-grading-intelligence', 'report-grading-handling', 'grading-reason', 'grading-save']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).toContain('<option value="B" selected="">B — Mostly reliable</option>');
    expect(html).toContain('H5 — No further dissemination: refer to the originator');
    expect(tagsOf(html, 'grading-reason')[0]).toContain('required=""');
    expect(html).toContain('You are not the originator');
    // The phone item already has its own grading; the person may get one.
    expect(html).toMatch(/data-testid="grading-item-own-i2"[^>]*disabled=""|disabled=""[^>]*data-testid="grading-item-own-i2"/);
    expect(html).toContain('data-testid="grading-item-i2-handling"');
    const author = wrap(<GradingForm report={report} doc={doc} author onSaved={noop} onReload={noop} onCancel={noop} />, 'ru');
    expect(tagsOf(author, 'grading-reason')[0]).not.toContain('required');
    expect(author).toContain('Всегда надёжен');
    expect(author).toContain('Причина (необязательно)');
  });
});

describe('the report page', () => {
  const view = (r: IntelReport, lang: 'en' | 'ru' = 'en', permissions = SUPERVISOR) =>
    decode(wrap(<IntelReportView report={r} doc={doc} blocks={blocks} onSaved={noop} onReload={noop} />, lang, permissions));

  it('shows the blocks, facts, items and the withheld ones, grading, cycle with its next steps, TLP and export', () => {
    const html = view(report);
    expect(html).toContain('Works at the market, no pay');
    expect(html).toMatch(/data-testid="tlp-badge" data-tlp="TLP:RED">TLP:RED</);
    expect(tagsOf(html, 'intel-cycle')[0]).toContain('data-cycle="collected"');
    expect(html).toMatch(/data-testid="intel-cycle" data-cycle="collected">Collected \(raw\)</);
    expect(html).toContain('data-testid="cycle-to-evaluated"');
    expect(html).toContain('data-testid="cycle-to-archived"');
    expect(html).not.toContain('data-testid="cycle-to-collated"');
    expect(tagsOf(html, 'item-view')).toHaveLength(2);
    expect(html).toContain('Botir Rakhimov');
    expect(html).toContain('Uzbekistan');
    expect(html).toContain('2 items withheld by their handling');
    expect(html).toContain('Forced labour');
    expect(html).toContain('Fake job advertisement');
    expect(html).toMatch(/Uzbekistan \(Origin\)/);
    expect(html).toContain('data-testid="grading-edit"');
    expect(html).toMatch(/href="\/api\/v1\/intelligence\/reports\/r1\/export"[^>]*data-testid="intel-export"/);
    expect(html).toMatch(/href="\/intelligence\/reports\/r2" data-testid="intel-copy"/);
    expect(html).toContain('Aigul, +7 701 000 00 00');
    const ru = view({ ...report, withheld_items: 5 }, 'ru');
    expect(ru).toContain('5 элементов скрыто согласно порядку обращения');
    expect(view({ ...report, withheld_items: 1 })).toContain('1 item withheld by its handling');
    expect(view({ ...report, withheld_items: 0 })).not.toContain('data-testid="items-withheld"');
  });

  it('asks for a risk assessment under special handling and offers the dissemination check, the sanitised copy, a case and a task', () => {
    const html = view(report);
    for (const id of ['risk-level', 'risk-text', 'risk-save', 'risk-missing', 'dissem-unit', 'dissem-send', 'sanitise-open', 'open-case', 'intel-task-submit']) {
      expect(html, id).toContain(`data-testid="${id}"`);
    }
    expect(html).toMatch(/<option value="high">High<\/option>/);
    // Nothing is sent before the check says yes.
    expect(tagsOf(html, 'dissem-send')[0]).toContain('disabled=""');
    // The caller's own unit is not a recipient.
    expect(html).toContain('<option value="n3">UZ-TIP — Tashkent unit (UZ)</option>');
    expect(html).not.toContain('<option value="n2">');
    const h3 = view({ ...report, grading: { source: 'B', intelligence: '2', handling: 'H3' } });
    expect(h3).not.toContain('data-testid="intel-risk"');
    const recorded = view({ ...report, risk_assessment: { risk: 'medium', text: 'Source known in the family', by: { id: 'u9', display_name: 'Bolat' }, at: '2026-06-02T08:00:00.000Z' } });
    expect(recorded).toMatch(/data-testid="risk-current" data-risk="medium"/);
    expect(recorded).toContain('Source known in the family');
    const recipient = view({ ...report, relation: 'recipient', access: { recipient_class: 'national_le', paths: ['view'] } }, 'en', ['intel.read']);
    for (const id of ['dissem-unit', 'sanitise-open', 'cycle-to-evaluated', 'grading-edit', 'intel-export', 'risk-save', 'open-case']) expect(recipient, id).not.toContain(`data-testid="${id}"`);
    // Another unit opened the case: hidden from the holder (case null), but the state says so, and the server refuses a second.
    const openedElsewhere = view({ ...report, state: 'case_opened', cycle: 'actioned', case: null });
    expect(openedElsewhere).not.toContain('data-testid="open-case"');
    // A unit it was disseminated to opens a case of its own, whether or not the holder did.
    const received = view({ ...report, relation: 'recipient', state: 'case_opened', cycle: 'actioned', case: null,
      access: { recipient_class: 'foreign_le', paths: ['view'] } }, 'en', ['intel.read', 'case.create']);
    expect(received).toContain('data-testid="open-case"');
  });

  it('links a sanitised copy to its original when the caller may see it', () => {
    const copy = view({ ...report, id: 'r2', sanitised: true, sanitised_from: { id: 'r1', reference: 'FL-2026-0007' }, copies: [] });
    expect(copy).toContain('This is a sanitised copy.');
    expect(copy).toMatch(/href="\/intelligence\/reports\/r1" data-testid="intel-original">Original: FL-2026-0007</);
    expect(copy).not.toContain('data-testid="sanitise-open"');
  });
});

describe('dissemination', () => {
  const check: DisseminationCheck = {
    allowed: false, path: 'share_unit', recipient_class: 'non_prosecuting', handling: 'H3', tlp: 'TLP:AMBER', code: 'handling_refused',
    message: 'H3 may not go to non-prosecuting bodies', message_ru: 'H3 нельзя передавать органам без функций уголовного преследования',
  };

  it('shows the check before sending, with the message in the UI language', () => {
    const html = decode(wrap(<CheckResult check={check} doc={doc} />));
    expect(tagsOf(html, 'dissem-check-result')[0]).toContain('data-allowed="false"');
    expect(html).toContain('H3 may not go to non-prosecuting bodies');
    expect(html).toContain('Non-prosecuting bodies (NGOs, social services)');
    expect(html).toContain('Passed to a unit in the country');
    const ru = wrap(<CheckResult check={{ ...check, allowed: true, code: 'ok', message: 'Allowed', message_ru: 'Разрешено' }} doc={doc} />, 'ru');
    expect(tagsOf(ru, 'dissem-check-result')[0]).toContain('data-allowed="true"');
    expect(ru).toContain('Разрешено');
    expect(ru).not.toContain('Allowed');
  });

  it('lists the log; only a member of the receiving unit acknowledges', () => {
    const rows: Dissemination[] = [
      { id: 'd1', report_id: 'r1', unit: { id: 'n3', name: 'Tashkent unit', code: 'UZ-TIP' }, path: 'share_abroad', handling: 'H1', tlp: 'TLP:GREEN', by: { id: 'u9', display_name: 'Bolat' }, at: '2026-06-03T08:00:00.000Z', note: 'For your case 12', acknowledged_at: null, acknowledged_by: null },
      { id: 'd2', report_id: 'r1', unit: { id: 'n2', name: 'Anti-trafficking unit', code: 'KZ-TIP' }, path: 'share_unit', handling: 'H1', tlp: 'TLP:GREEN', by: { id: 'u9', display_name: 'Bolat' }, at: '2026-06-03T08:00:00.000Z', acknowledged_at: null, acknowledged_by: null },
    ];
    const html = decode(wrap(<DisseminationLog rows={rows} doc={doc} unitId="n3" onAck={noop} />));
    expect(tagsOf(html, 'dissem-row')).toHaveLength(2);
    expect(tagsOf(html, 'dissem-ack')).toHaveLength(1);
    expect(html).toContain('Passed to a unit abroad');
    expect(html).toContain('For your case 12');
    const done = decode(wrap(<DisseminationLog rows={[{ ...rows[0], acknowledged_at: '2026-06-04T08:00:00.000Z', acknowledged_by: { id: 'u5', display_name: 'Dilnoza' } }]} doc={doc} unitId="n3" onAck={noop} />));
    expect(done).not.toContain('data-testid="dissem-ack"');
    expect(done).toContain('Acknowledged by Dilnoza');
  });

  it('calls the check and the other changes with the CSRF token and the documented bodies', async () => {
    setCsrfToken('tok-7');
    const calls: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return json(url.includes('check') ? check : report);
    });
    expect((await checkDissemination('r1', 'n3')).allowed).toBe(false);
    await changeGrading('r1', { version: 4, grading: { source: 'A', intelligence: '2', handling: 'H5' }, reason: 'why' });
    await moveCycle('r1', { version: 4, to: 'evaluated' });
    expect(calls.map((c) => [c.url, c.init.method, JSON.parse(c.init.body as string)])).toEqual([
      ['/api/v1/intelligence/reports/r1/dissemination-check', 'POST', { unit_id: 'n3' }],
      ['/api/v1/intelligence/reports/r1/grading', 'PATCH', { version: 4, grading: { source: 'A', intelligence: '2', handling: 'H5' }, reason: 'why' }],
      ['/api/v1/intelligence/reports/r1/cycle', 'POST', { version: 4, to: 'evaluated' }],
    ]);
    expect((calls[0].init.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok-7');
  });

  it('names the originator\'s consent for an intelligence consent_required', () => {
    const e = intelError(new ApiError({ status: 403, code: 'consent_required' }));
    expect(e).toMatchObject({ code: 'originator_consent_required' });
    expect(intelError(null)).toBeNull();
  });
});

describe('the sanitised copy', () => {
  it('prefills every block, lets items be left out, takes the handling and the reason', () => {
    const html = decode(wrap(<SanitiseForm report={report} blocks={blocks} doc={doc} onCancel={noop} />));
    expect(html).toMatch(/data-testid="sanitise-block-countries"[^>]*>UZ to KZ via Zhibek Zholy, told by Botir</);
    expect(html).toContain('data-testid="sanitise-block-exploitation_type"');
    expect(html).toContain('data-testid="sanitise-drop-i1"');
    expect(html).toContain('data-testid="sanitise-drop-i2"');
    for (const id of ['sanitise-removed-text', 'sanitise-removed-reason', 'sanitise-removed-add', 'sanitise-handling', 'sanitise-reason', 'sanitise-submit']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).toContain('<option value="H5" selected="">');
    expect(wrap(<SanitiseForm report={report} blocks={blocks} doc={doc} onCancel={noop} />, 'ru')).toContain('Создать обезличенную копию');
  });

  it('sends the edited blocks, the kept items without ids and never wider than the copy, and the removed strings', () => {
    const v = { ...sanitiseValues(report, blocks), dropped: ['i1'], handling: 'H3', reason: ' For the NGO ', removed: [{ text: ' Botir ', reason: ' source ' }] };
    v.blocks.countries = 'UZ to KZ via Zhibek Zholy';
    const body = sanitiseBody(report, v, DEFAULT_GRADING, doc);
    expect(body).toEqual({
      blocks: { exploitation_type: 'Works at the market, no pay', countries: 'UZ to KZ via Zhibek Zholy' },
      items: [{ kind: 'phone', fields: { number: '+998 90 123 45 67' }, grading: { source: 'C', intelligence: '3', handling: 'H5' } }],
      facts: report.facts,
      grading: { source: 'B', intelligence: '2', handling: 'H3' },
      removed: [{ text: 'Botir', reason: 'source' }],
      reason: 'For the NGO',
    });
  });

  it('reads where removed text remains from the 422, whatever member carries it', () => {
    expect(remainingFields({ status: 422, code: 'removed_text_remains', field: 'blocks.persons,items.i1.name' })).toEqual(['blocks.persons', 'items.i1.name']);
    expect(remainingFields({ status: 422, code: 'removed_text_remains', extensions: { fields: ['blocks.countries'] } })).toEqual(['blocks.countries']);
    expect(remainingFields({ status: 422, code: 'required', field: 'reason' })).toEqual([]);
  });
});

describe('lists, search, log, counts and notices', () => {
  it('lists reports with their cycle, TLP and a link to each', () => {
    const html = decode(wrap(<IntelTable rows={[report, { ...report, id: 'r3', reference: 'FL-2026-0009', cycle: 'analysed', tlp: 'TLP:AMBER' }]} doc={doc} rowTestId="intel-row" emptyKey="intelligence.list.empty" />));
    const rows = tagsOf(html, 'intel-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('data-cycle="collected"');
    expect(rows[1]).toContain('data-cycle="analysed"');
    expect(tagsOf(html, 'tlp-badge')).toHaveLength(2);
    expect(html).toMatch(/href="\/intelligence\/reports\/r3"[^>]*>FL-2026-0009</);
    expect(html).toContain('B2 · H5');
    const review = decode(wrap(<IntelTable rows={[{ ...report, waiting_since: '2026-06-01T10:00:00.000Z' }]} doc={doc} rowTestId="review-row" review emptyKey="intelligence.review.empty" />, 'ru'));
    expect(tagsOf(review, 'review-row')).toHaveLength(1);
    expect(review).toContain('Нужна оценка рисков');
    expect(wrap(<IntelTable rows={[]} doc={doc} rowTestId="intel-row" emptyKey="intelligence.list.empty" />)).toContain('No reports.');
  });

  it('shows search results with where they were found, and asks the search route', async () => {
    const html = decode(wrap(<SearchResults hits={[{ report: { id: 'r1', reference: 'FL-2026-0007', cycle: 'evaluated', tlp: 'TLP:AMBER' }, where: ['blocks.countries', 'items.i1.name'] }]} total={1} doc={doc} blocks={blocks} />));
    expect(tagsOf(html, 'intel-search-result')).toHaveLength(1);
    expect(html).toContain('Found in: Countries, Item: Name');
    expect(html).toContain('1 report found');
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      return json({ items: [], total: 0, by: 'country', rows: [], min_cell: 3 });
    });
    await searchIntel('Рахимов');
    await listSearches(' Rakhimov ', '');
    await getStats('route', '2026-01-01', '');
    expect(urls).toEqual([
      `/api/v1/intelligence/search?q=${encodeURIComponent('Рахимов')}`,
      '/api/v1/intelligence/searches?name=Rakhimov',
      '/api/v1/intelligence/stats?by=route&from=2026-01-01',
    ]);
  });

  it('shows who searched for what', () => {
    const html = decode(wrap(<SearchLogTable rows={[{ id: 's1', user: { id: 'u3', username: 'marat', display_name: 'Marat' }, terms: 'Рахимов', results: 2, at: '2026-06-01T10:00:00.000Z' }]} />));
    expect(tagsOf(html, 'search-log-row')).toHaveLength(1);
    expect(html).toContain('Marat');
    expect(html).toContain('Рахимов');
  });

  it('shows counts in a table and an SVG chart, a suppressed cell as "< min_cell"', () => {
    expect(statsBars([{ key: 'a', count: 10 }, { key: 'b', count: 5 }, { key: 'c', suppressed: true }])).toEqual([
      { key: 'a', count: 10, bar: 100 },
      { key: 'b', count: 5, bar: 50 },
      { key: 'c', count: null, bar: 0 },
    ]);
    const stats = { by: 'country', rows: [{ key: 'UZ', count: 12 }, { key: 'TJ', suppressed: true }, { key: 'KG', label: { en: 'Kyrgyz route', ru: 'Киргизский маршрут' }, count: 4 }], total: 18, min_cell: 3 };
    const html = decode(wrap(<StatsView stats={stats} doc={doc} />));
    const rows = tagsOf(html, 'stats-row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('data-suppressed="true"');
    expect(html).toContain('Uzbekistan');
    expect(html).toContain('< 3');
    expect(html).toContain('<svg');
    expect(tagsOf(html, 'stats-bar')).toHaveLength(3);
    expect(decode(wrap(<StatsView stats={stats} doc={doc} />, 'ru'))).toContain('Киргизский маршрут');
  });

  it('shows the history, the matches of the items and the notices', () => {
    const history = decode(wrap(<HistoryList rows={[
      { at: '2026-06-02T10:00:00.000Z', by: { id: 'u9', display_name: 'Bolat' }, kind: 'cycle', detail: { from: 'collected', to: 'evaluated', reason: 'Checked' } },
      { at: '2026-06-01T10:00:00.000Z', by: { id: 'u1', display_name: 'Aigul' }, kind: 'created' },
    ]} />));
    const rows = tagsOf(history, 'history-row');
    expect(rows.map((r) => r.match(/data-kind="(\w+)"/)?.[1])).toEqual(['created', 'cycle']);
    expect(history).toContain('collected → evaluated');
    expect(history).toContain('Checked');
    const matches = decode(wrap(<ItemMatchesList groups={[{ item_id: 'i1', matches: [{ entity_id: 'e5', case: { id: 'c1', reference: 'KZ-ALM-CTU-2026-0001' }, caption: 'Рахимов Ботир', score: 0.91 }] }]} items={report.items ?? []} />));
    expect(matches).toMatch(/href="\/cases\/c1\/people\/e5"/);
    expect(matches).toMatch(/href="\/cases\/c1"[^>]*>KZ-ALM-CTU-2026-0001</);
    expect(matches).toContain('91%');
    const notices = decode(wrap(<NoticesTable rows={[{ id: 'x1', report: { id: 'r1', reference: 'FL-2026-0007' }, case: null, other_unit: { id: 'n3', name: 'Tashkent unit', code: 'UZ-TIP' }, contact: '+998 71 000 00 00', created_at: '2026-06-01T10:00:00.000Z' }]} />));
    expect(tagsOf(notices, 'notice-row')).toHaveLength(1);
    expect(notices).toContain('Tashkent unit');
    expect(notices).toContain('+998 71 000 00 00');
  });
});
