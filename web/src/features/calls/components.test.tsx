import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../shared/session';
import { testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { activityBars, BUCKET_SECONDS, fillBuckets, formatSeconds, MAX_FILLED, parseNumbers, toEpoch } from './activity';
import { ActivityChart } from './ActivityChart';
import { getAround, getCommon } from './api';
import { CommonTable } from './CommonTable';
import { ContactTable } from './ContactTable';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(['graph.read'])}>{node}</SessionProvider>
    </I18nProvider>,
  );
afterEach(() => vi.unstubAllGlobals());

const DAY = BUCKET_SECONDS.day;
const T0 = 1767225600; // 2026-01-01T00:00:00Z

describe('activity buckets', () => {
  it('sorts the buckets and fills the empty days between the first and the last', () => {
    const filled = fillBuckets(
      [
        { start: T0 + 3 * DAY, outgoing: 1, incoming: 0 },
        { start: T0, outgoing: 2, incoming: 3 },
        { start: '2026-01-02T00:00:00Z', outgoing: 0, incoming: 1 },
      ],
      'day',
    );
    expect(filled.map((b) => b.start)).toEqual([T0, T0 + DAY, T0 + 2 * DAY, T0 + 3 * DAY]);
    expect(filled.map((b) => [b.outgoing, b.incoming])).toEqual([[2, 3], [0, 1], [0, 0], [1, 0]]);
  });

  it('sums repeated buckets, keeps off-grid ones and does not fill a huge range', () => {
    const f = fillBuckets([{ start: T0, outgoing: 1, incoming: 0 }, { start: T0 * 1000, outgoing: 1, incoming: 1 }, { start: T0 + 5400, outgoing: 4, incoming: 0 }, { start: T0 + 2 * 3600, outgoing: 0, incoming: 2 }], 'hour');
    expect(f.map((b) => b.start)).toEqual([T0, T0 + 3600, T0 + 5400, T0 + 7200]);
    expect(f[0]).toEqual({ start: T0, outgoing: 2, incoming: 1 });
    const far = fillBuckets([{ start: T0, outgoing: 1, incoming: 0 }, { start: T0 + (MAX_FILLED + 5) * 3600, outgoing: 1, incoming: 0 }], 'hour');
    expect(far).toHaveLength(2);
    expect(fillBuckets([{ start: 'not a time', outgoing: 1, incoming: 1 }], 'week')).toEqual([]);
  });

  it('stacks incoming on outgoing, scaled to the busiest bucket', () => {
    const { bars, max } = activityBars([{ start: 0, outgoing: 2, incoming: 2 }, { start: 1, outgoing: 1, incoming: 0 }], 200, 100);
    expect(max).toBe(4);
    expect(bars[0]).toMatchObject({ x: 0, width: 99, outHeight: 50, inHeight: 50 });
    expect(bars[1]).toMatchObject({ x: 100, outHeight: 25, inHeight: 0 });
    expect(activityBars([], 200, 100)).toEqual({ bars: [], max: 0 });
  });

  it('reads times, numbers and durations', () => {
    expect(toEpoch(T0)).toBe(T0);
    expect(toEpoch(T0 * 1000)).toBe(T0);
    expect(toEpoch(String(T0))).toBe(T0);
    expect(toEpoch('2026-01-01T00:00:00Z')).toBe(T0);
    expect(parseNumbers('+7 701 123 45 67, +77019998877\n+7 (701) 123-45-67;;')).toEqual(['+77011234567', '+77019998877']);
    expect(formatSeconds(3725)).toBe('1:02:05');
    expect(formatSeconds(65)).toBe('1:05');
    expect(formatSeconds(0)).toBe('0:00');
  });
});

describe('calls components', () => {
  it('draws the activity chart with a bar per bucket', () => {
    const html = wrap(<ActivityChart buckets={fillBuckets([{ start: T0, outgoing: 3, incoming: 1 }, { start: T0 + 2 * DAY, outgoing: 0, incoming: 2 }], 'day')} size="day" />, 'ru');
    expect(html).toContain('data-testid="calls-activity-chart"');
    expect((html.match(/data-testid="activity-bar"/g) ?? []).length).toBe(3);
    expect(html).toContain('data-outgoing="3" data-incoming="1"');
    expect(html).toContain('Исходящие');
    expect(wrap(<ActivityChart buckets={[]} size="day" />)).toContain('No calls found.');
  });

  it('lists contacts with a link to the chart, the duration and the cases', () => {
    const html = wrap(<ContactTable testId="calls-top-table" rows={[{ number: '+77019998877', calls: 42, seconds: 3725, first: T0, last: '2026-02-01T00:00:00Z', case_ids: ['c1'] }]} />);
    expect(html).toContain('href="/graph?node=p%3A%2B77019998877"');
    expect(html).toContain('1:02:05');
    expect(html).toContain('dateTime="2026-01-01T00:00:00.000Z"');
    expect(html).toContain('href="/cases/c1"');
    const common = wrap(<CommonTable numbers={['+7701', '+7702']} rows={[{ number: '+7703', calls: 5, by_number: { '+7701': 1, '+7702': 4 } }]} />, 'ru');
    expect(common).toContain('+7701: 1 звонок');
    expect(common).toContain('+7702: 4 звонка');
  });

  it('asks the server with the numbers joined and the moment in epoch seconds', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      urls.push(url);
      return new Response('{"contacts":[],"common":[]}', { status: 200, headers: { 'content-type': 'application/json' } });
    }));
    await getCommon(['+7701', '+7702']);
    await getAround('+7701', T0, 24);
    expect(urls).toEqual(['/api/v1/calls/common?numbers=%2B7701%2C%2B7702', `/api/v1/calls/around?number=%2B7701&at=${T0}&hours=24`]);
  });
});
