import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexRecords } from '../entities';
import type { Entity } from '../entities';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { getNodeTimeline, getTimeline } from './api';
import { dateRange, involvedIds, placeOf } from './display';
import { counterpartNode, dayKey, formatAmount, groupByDay, nodeKey, periodOf, spanOf, stripLayout, stripTicks, timelinePath } from './nodeTimeline';
import { NodeTimelineList } from './NodeTimelineList';
import { NodeTimelinePage } from './NodeTimelinePage';
import { TimeStrip } from './TimeStrip';
import { TimelineFilters } from './TimelineFilters';
import { TimelineList } from './TimelineList';
import type { NodeTimelineItem, TimelineItem } from './types';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en', permissions = ['case.read', 'case.update']) =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(permissions)}>
        <ReferenceProvider initial={{ lookups: testLookups, units: [] }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );

const at = '2026-05-17T10:00:00.000Z';
const val = (value: string) => ({ value, recorded_by: 'aigul', recorded_at: at });
const record = (id: string, schema: string, caption: string | null, properties: Entity['properties'] = {}): Entity => ({
  id, case_id: 'c1', schema, caption, version: 1, created_by: 'aigul', created_at: at, updated_at: at, properties, involvements: [],
  ...(caption === null ? { identity_restricted: true as const } : {}),
});

const victim = record('p1', 'Person', 'Айгуль Сеитова');
const agency = record('o1', 'Organization', 'Sunrise Travel LLP');

const recruitment: TimelineItem = {
  ...record('ev1', 'Event', 'Job offer in Almaty', {
    name: [val('Job offer in Almaty')], eventType: [val('recruitment')], date: [val('2025-03')],
    location: [val('Almaty, Zhibek Zholy 50')], involved: [val('p1'), val('o1'), val('v9')],
  }),
  timeline: { type: 'recruitment', start: '2025-03', end: null },
};
// An event whose name the reader may not see: its caption is withheld like a person's.
const crossing: TimelineItem = {
  ...record('ev2', 'Event', null, { eventType: [val('border_crossing')] }),
  timeline: { type: 'border_crossing', start: '2025', end: '2025-06-01' },
};
const undated: TimelineItem = { ...record('ev3', 'Event', 'Payment to the recruiter'), timeline: { type: 'payment', start: null, end: null } };

afterEach(() => vi.unstubAllGlobals());

describe('timeline', () => {
  it('writes partial dates as they are, a range with both ends, and a dash when undated', () => {
    expect(dateRange({ type: 'other', start: '2025-03', end: null })).toBe('2025-03');
    expect(dateRange({ type: 'other', start: '2025', end: '2025-06-01' })).toBe('2025 – 2025-06-01');
    expect(dateRange({ type: 'other', start: '2025-03-14', end: '2025-03-14' })).toBe('2025-03-14');
    expect(dateRange({ type: 'other', start: null, end: '2025' })).toBe('—');
    expect(placeOf(record('t1', 'Trip', 'Bus', { startLocation: [val('Osh')], endLocation: [val('Almaty')] }))).toBe('Osh → Almaty');
    expect(involvedIds(record('pay', 'Payment', 'x', { payer: [val('p1')], beneficiary: [val('o1')], involved: [val('p1')] }))).toEqual(['p1', 'o1']);
  });

  it('renders each item in server order with its date, translated type, linked caption, place and who took part', () => {
    const html = wrap(<TimelineList items={[recruitment, crossing, undated]} records={indexRecords([victim, agency])} />);
    expect(html.match(/data-testid="timeline-item"/g)).toHaveLength(3);
    expect(html).toContain('<time class="timeline-date" dateTime="2025-03">2025-03</time>');
    expect(html).toContain('2025 – 2025-06-01');
    expect(html).toMatch(/<time class="timeline-date">—<\/time>/);
    expect(html).toContain('>Recruitment<');
    expect(html).toContain('>Border crossing<');
    expect(html).toContain('href="/cases/c1/people/ev1"');
    expect(html).toContain('Almaty, Zhibek Zholy 50');
    expect(html).toMatch(/Involved:.*Айгуль Сеитова.*Sunrise Travel LLP.*another record/);
    expect(html).toContain('Identity restricted');
    expect(html).not.toContain('null');
    expect(html.indexOf('Job offer')).toBeLessThan(html.indexOf('Identity restricted'));
  });

  it('speaks Russian: types, labels and the hidden identity', () => {
    const html = wrap(<TimelineList items={[recruitment, crossing]} records={indexRecords([victim])} truncated />, 'ru');
    for (const text of ['Вербовка', 'Пересечение границы', 'Место:', 'Участники:', 'Личность скрыта', 'другая запись', 'Показаны только первые 2000 событий']) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain('Recruitment');
  });

  it('filters by a person or organisation and by a translated event type', () => {
    const html = wrap(<TimelineFilters filters={{ entity: 'p1', type: 'hearing' }} parties={[{ id: 'p1', text: 'Айгуль' }]} onChange={() => undefined} />, 'ru');
    expect(html).toContain('data-testid="timeline-filter-entity"');
    expect(html).toContain('data-testid="timeline-filter-type"');
    expect(html).toContain('<option value="p1" selected="">Айгуль</option>');
    expect(html).toMatch(/<option value="hearing" selected="">[^<]+<\/option>/);
    expect(html).not.toContain('>hearing<');
  });

  it('asks the server with the filters and leaves empty ones out', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify({ items: [], truncated: false }), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    await getTimeline('c1', { entity: '', type: 'hearing' });
    await getTimeline('c1', { entity: 'p1', type: '' });
    expect(urls).toEqual(['/api/v1/cases/c1/timeline?type=hearing', '/api/v1/cases/c1/timeline?entity=p1']);
  });
});

// GET /graph/timeline?node= as the server sends it (dated first, as text; undated last). The
// moments are made from local times, so they fall on 14 March in any time zone of the test machine.
const local = (h: number, m = 0) => new Date(2025, 2, 14, h, m).toISOString();
const recruited: NodeTimelineItem = { source: 'case_file', type: 'recruitment', start: '2025-03', end: '', caption: 'Job offer in Almaty', case_id: 'c1', record_id: 'ev1', subject: 'e:p1' };
const crossed: NodeTimelineItem = { source: 'case_file', type: 'border_crossing', start: '2025-03-14', end: '2025-03-16', caption: 'Crossing at Zhibek Zholy', case_id: 'c1', record_id: 'ev2', subject: 'e:p1' };
const called: NodeTimelineItem = { source: 'call_records', type: 'call_out', start: local(11), end: local(11, 3), caption: '+77019998877', case_id: 'c2', location: 'Almaty', cell: '4011' };
const paid: NodeTimelineItem = { source: 'statements', type: 'payment_in', start: local(10), end: '', caption: 'KZ11125KZT5004100999', case_id: 'c2', amount: 150000, currency: 'KZT' };
const undatedPayment: NodeTimelineItem = { source: 'case_file', type: 'payment', start: '', end: '', caption: 'Debt for the ticket', case_id: 'c1', record_id: 'ev3' };
const nodeItems = [recruited, crossed, paid, called, undatedPayment];

describe('timeline of a node', () => {
  it('reads what the user typed as a node id, and links a node and the other side of a call or payment', () => {
    expect(nodeKey(' e:019a ')).toBe('e:019a');
    expect(nodeKey('0196F2A4-0000-4000-8000-000000000001')).toBe('e:0196f2a4-0000-4000-8000-000000000001');
    expect(nodeKey('+7 701 999-88-77')).toBe('p:+77019998877');
    expect(nodeKey('kz86125kzt5004100100')).toBe('a:KZ86125KZT5004100100');
    expect(nodeKey('c:019a')).toBe('c:019a');
    expect(timelinePath('p:+77011110002')).toBe('/timeline?node=p%3A%2B77011110002');
    expect(counterpartNode(called)).toBe('p:+77019998877');
    expect(counterpartNode(paid)).toBe('a:KZ11125KZT5004100999');
    expect(counterpartNode(crossed)).toBeUndefined();
  });

  it('takes partial dates as the whole period, a range to the end of its end, and moments as points', () => {
    expect(periodOf('2025')).toEqual({ from: Date.UTC(2025, 0, 1), to: Date.UTC(2026, 0, 1) });
    expect(periodOf('2025-12')).toEqual({ from: Date.UTC(2025, 11, 1), to: Date.UTC(2026, 0, 1) });
    expect(periodOf('2025-03-14')).toEqual({ from: Date.UTC(2025, 2, 14), to: Date.UTC(2025, 2, 15) });
    expect(periodOf('2025-03-14T11:00:00Z')).toEqual({ from: Date.UTC(2025, 2, 14, 11), to: Date.UTC(2025, 2, 14, 11) });
    expect(periodOf('')).toBeUndefined();
    expect(periodOf('soon')).toBeUndefined();
    expect(spanOf(crossed)).toEqual({ from: Date.UTC(2025, 2, 14), to: Date.UTC(2025, 2, 17) });
    expect(spanOf(called)).toEqual({ from: Date.parse(local(11)), to: Date.parse(local(11, 3)) });
    expect(spanOf(undatedPayment)).toBeUndefined();
    expect(dayKey('2025-03')).toBe('2025-03');
    expect(dayKey(local(0, 5))).toBe('2025-03-14');
    expect(dayKey(local(23, 55))).toBe('2025-03-14');
    expect(dayKey('')).toBe('');
    expect(dayKey('soon')).toBe('');
  });

  it('groups by day, oldest first and the undated last; in a day, the date without a time first, then by time', () => {
    const groups = groupByDay([undatedPayment, called, crossed, paid, recruited]);
    expect(groups.map((g) => g.key)).toEqual(['2025-03', '2025-03-14', '']);
    expect(groups[1].items).toEqual([crossed, paid, called]);
    expect(groups[2].items).toEqual([undatedPayment]);
    expect(groupByDay([])).toEqual([]);
    // Ties keep the order they came in.
    const twin = { ...recruited, record_id: 'ev9' };
    expect(groupByDay([twin, recruited])[0].items).toEqual([twin, recruited]);
  });

  it('lays the dated items on the strip: one lane per source, ranges as bars, moments as dots', () => {
    const layout = stripLayout(nodeItems, 1000)!;
    expect(layout.from).toBe(Date.UTC(2025, 2, 1));
    expect(layout.to).toBe(Date.UTC(2025, 3, 1));
    expect(layout.lanes).toEqual(['case_file', 'call_records', 'statements']);
    expect(layout.marks.map((m) => m.item)).toEqual([recruited, crossed, paid, called]);
    const [month, range, payment, call] = layout.marks;
    expect(month).toMatchObject({ x: 0, width: 1000, lane: 0 });
    expect(range.x).toBeCloseTo((13 / 31) * 1000);
    expect(range.width).toBeCloseTo((3 / 31) * 1000);
    expect(payment).toMatchObject({ width: 0, lane: 2 });
    expect(call).toMatchObject({ width: 0, lane: 1 });
    expect(call.x).toBeCloseTo(((Date.parse(local(11)) - Date.UTC(2025, 2, 1)) / (31 * 86_400_000)) * 1000);
    expect(layout.ticks.map((t) => t.label)).toEqual(['2025-03-01', '2025-03-08', '2025-03-15', '2025-03-22', '2025-03-29']);
    // One moment alone sits in the middle of a day.
    const one = stripLayout([called], 200, 10)!;
    expect(one.marks[0].x).toBeCloseTo(100, 0);
    expect(one.lanes).toEqual(['call_records']);
    expect(stripLayout([undatedPayment], 1000)).toBeNull();
  });

  it('marks years over a long span and months over a year', () => {
    expect(stripTicks(Date.UTC(2019, 5, 1), Date.UTC(2026, 1, 1)).map((t) => t.label)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    expect(stripTicks(Date.UTC(2025, 0, 1), Date.UTC(2025, 11, 1)).map((t) => t.label)).toEqual(['2025-01', '2025-03', '2025-05', '2025-07', '2025-09', '2025-11']);
  });

  it('formats amounts with their currency', () => {
    expect(formatAmount('en', 150000, 'KZT')).toMatch(/^KZT\s150,000\.00$/);
    expect(formatAmount('en', 12.5, 'usd')).toBe('12.5 usd');
    expect(formatAmount('en', 12.5)).toBe('12.5');
    expect(formatAmount('en', undefined, 'KZT')).toBe('');
  });

  it('lists the items by day with type, source, links to the record, the other side and the case, amount and place', () => {
    const html = wrap(<NodeTimelineList items={nodeItems} />);
    expect([...html.matchAll(/data-testid="node-timeline-day" data-day="([^"]*)"/g)].map((m) => m[1])).toEqual(['2025-03', '2025-03-14', '']);
    expect(html.match(/data-testid="node-timeline-item"/g)).toHaveLength(5);
    expect(html).toContain('<time dateTime="2025-03-14">14 Mar 2025</time>');
    expect(html).toContain('<time dateTime="2025-03">2025-03</time>');
    expect(html).toContain('2025-03-14 – 2025-03-16');
    for (const text of ['>Recruitment<', '>Border crossing<', '>Outgoing call<', '>Money received<', '>Payment<', '>Case file<', '>Call records<', '>Bank statements<', 'Undated']) {
      expect(html).toContain(text);
    }
    expect(html).toContain('href="/cases/c1/people/ev1"');
    expect(html).toContain('href="/timeline?node=p%3A%2B77019998877"');
    expect(html).toContain('href="/timeline?node=a%3AKZ11125KZT5004100999"');
    expect(html).toContain('href="/cases/c2"');
    expect(html).toMatch(/Amount:<\/span> KZT\s150,000\.00/);
    expect(html).toContain('Almaty, cell 4011');
    expect(html).toContain(`dateTime="${local(11)}"`);
    expect(html).not.toContain('undefined');
    // The day's date without a time first, then the payment, then the call.
    expect(html.indexOf('Crossing at')).toBeLessThan(html.indexOf('KZ11125'));
    expect(html.indexOf('KZ11125')).toBeLessThan(html.indexOf('+77019998877'));
    expect(html.indexOf('+77019998877')).toBeLessThan(html.indexOf('Debt for the ticket'));
    expect(wrap(<NodeTimelineList items={[]} />)).toContain('data-testid="node-timeline-empty"');
  });

  it('speaks Russian and draws the strip of dated items', () => {
    const html = wrap(<NodeTimelineList items={nodeItems} />, 'ru');
    for (const text of ['Вербовка', 'Исходящий звонок', 'Поступление денег', 'Детализация звонков', 'Банковские выписки', 'Без даты', 'С кем:', 'Дело:']) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain('Outgoing call');
    const strip = wrap(<TimeStrip items={nodeItems} />);
    expect(strip).toContain('data-testid="node-timeline-strip"');
    expect(strip.match(/data-testid="node-timeline-mark"/g)).toHaveLength(4);
    expect(strip.match(/<rect /g)).toHaveLength(2);
    expect(strip.match(/<circle /g)).toHaveLength(2);
    expect(strip).toContain('<title>2025-03-14 – 2025-03-16: Border crossing, Crossing at Zhibek Zholy</title>');
    expect(strip).toContain('>2025-03-08<');
    expect(strip).toContain('Bank statements');
    expect(wrap(<TimeStrip items={[undatedPayment]} />)).toBe('');
  });

  it('opens without a node on a form, in the analysis screens', () => {
    const html = wrap(<NodeTimelinePage />, 'en', ['case.read', 'graph.read']);
    expect(html).toContain('data-testid="node-timeline-page"');
    expect(html).toContain('data-testid="node-timeline-input"');
    expect(html).toMatch(/href="\/timeline" class="tab active" aria-current="page" data-testid="analysis-nav-timeline">Timeline</);
    expect(html).toContain('open a timeline from a node of the link chart');
  });

  it('asks the server for the node', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify({ node: 'p:+77011110002', records: [], items: [], truncated: false }), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    await getNodeTimeline('p:+77011110002');
    expect(urls).toEqual(['/api/v1/graph/timeline?node=p%3A%2B77011110002']);
  });
});
