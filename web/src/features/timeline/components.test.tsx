import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexRecords } from '../entities';
import type { Entity } from '../entities';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { getTimeline } from './api';
import { dateRange, involvedIds, placeOf } from './display';
import { TimelineFilters } from './TimelineFilters';
import { TimelineList } from './TimelineList';
import type { TimelineItem } from './types';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(['case.read', 'case.update'])}>
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
