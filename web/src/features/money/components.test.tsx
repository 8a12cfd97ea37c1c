import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../shared/api';
import { SessionProvider } from '../../shared/session';
import { testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { traceXlsx } from './api';
import { formatAmount, shortAccount } from './display';
import { RuleHelp } from './RuleHelp';
import { cleanSankey, layoutSankey, sankeyFromFlows } from './sankeyData';
import { EMPTY_TRACE, normaliseAccount, traceBody } from './traceForm';
import { TraceForm } from './TraceForm';
import { TraceResult } from './TraceResult';
import type { Flow, TraceAnswer } from './types';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(['graph.read'])}>{node}</SessionProvider>
    </I18nProvider>,
  );
afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const A = 'a:KZ86125KZT5004100100';
const nodes = ['A', 'B', 'C', 'D'].map((x) => ({ id: x, account: `a:${x}` }));

describe('sankey data', () => {
  it('drops bad links, loops and links closing a cycle; merges duplicates; re-indexes', () => {
    const clean = cleanSankey({
      nodes: [...nodes, { id: 'E', account: 'a:E' }],
      links: [
        { source: 0, target: 1, value: 10 },
        { source: 0, target: 1, value: 5 },
        { source: 1, target: 2, value: 7 },
        { source: 2, target: 0, value: 3 }, // closes A → B → C → A
        { source: 2, target: 2, value: 1 }, // a loop
        { source: 1, target: 9, value: 1 }, // no such node
        { source: 0, target: 2, value: 0 }, // nothing moved
        { source: 4, target: 2, value: 2 },
      ],
    });
    expect(clean.dropped).toBe(4);
    expect(clean.nodes.map((n) => n.id)).toEqual(['A', 'B', 'C', 'E']);
    expect(clean.links).toEqual([
      { source: 0, target: 1, value: 15 },
      { source: 1, target: 2, value: 7 },
      { source: 3, target: 2, value: 2 },
    ]);
    expect(cleanSankey(undefined)).toEqual({ nodes: [], links: [], dropped: 0 });
  });

  it('builds one node per account and hop from the flows when the answer has no sankey', () => {
    const flows: Flow[] = [
      { txn: 't1', from: A, to: 'a:B', hop: 1, at: 1, amount: 100, of_amount: 100 },
      { txn: 't2', from: A, to: 'a:B', hop: 1, at: 2, amount: 50, of_amount: 80 },
      { txn: 't3', from: 'a:B', to: A, hop: 2, at: 3, amount: 20, of_amount: 20 },
    ];
    const s = sankeyFromFlows(flows);
    expect(s.nodes.map((n) => n.id)).toEqual([`${A}@0`, 'a:B@1', `${A}@2`]);
    expect(s.links).toEqual([
      { source: 0, target: 1, value: 150 },
      { source: 1, target: 2, value: 20 },
    ]);
    // The money coming back is a new column, not a cycle.
    expect(cleanSankey(s).dropped).toBe(0);
  });

  it('lays out boxes left to right and bands as SVG paths', () => {
    const layout = layoutSankey(cleanSankey({ nodes, links: [{ source: 0, target: 1, value: 3 }, { source: 0, target: 2, value: 1 }, { source: 1, target: 3, value: 3 }] }), 600, 300);
    expect(layout.nodes).toHaveLength(4);
    const x = (id: string) => layout.nodes.find((n) => n.id === id)?.x0 ?? -1;
    expect(x('A')).toBeLessThan(x('B'));
    expect(x('B')).toBeLessThan(x('D'));
    expect(layout.links).toHaveLength(3);
    expect(layout.links[0].path).toMatch(/^M/);
    expect(layout.links[0]).toMatchObject({ from: 'a:A', to: 'a:B', value: 3 });
    expect(layout.links[0].width).toBeGreaterThan(layout.links[1].width);
    expect(layoutSankey({ nodes: [], links: [], dropped: 0 }, 10, 10)).toEqual({ nodes: [], links: [] });
  });
});

describe('trace form', () => {
  it('builds the body: account without spaces, dates as epoch seconds, the end day included', () => {
    const { body } = traceBody({ ...EMPTY_TRACE, account: ' kz86 125k zt50 0410 0100 ', hops: '4', rule: 'proportional', direction: 'back', from: '2026-01-01', to: '2026-01-31', min_amount: '1000,5', currency: 'kzt' });
    expect(body).toEqual({
      account: 'KZ86125KZT5004100100',
      direction: 'back',
      rule: 'proportional',
      hops: 4,
      from: new Date(2026, 0, 1).getTime() / 1000,
      to: new Date(2026, 0, 31).getTime() / 1000 + 86_399,
      min_amount: 1000.5,
      currency: 'KZT',
    });
    expect(traceBody({ ...EMPTY_TRACE, account: 'a:KZ1' }).body).toEqual({ account: 'a:KZ1', direction: 'forward', rule: 'fifo', hops: 3 });
    expect(normaliseAccount('A:kz1')).toBe('a:KZ1');
  });

  it('refuses what the server would, naming the field', () => {
    expect(traceBody(EMPTY_TRACE).problem).toEqual({ field: 'account', code: 'required' });
    expect(traceBody({ ...EMPTY_TRACE, account: 'KZ1', hops: '11' }).problem).toEqual({ field: 'hops', code: 'invalid_value' });
    expect(traceBody({ ...EMPTY_TRACE, account: 'KZ1', hops: '0' }).problem?.field).toBe('hops');
    expect(traceBody({ ...EMPTY_TRACE, account: 'KZ1', from: '2026-02-01', to: '2026-01-01' }).problem).toEqual({ field: 'to', code: 'invalid_value' });
    expect(traceBody({ ...EMPTY_TRACE, account: 'KZ1', min_amount: '-1' }).problem?.field).toBe('min_amount');
    expect(traceBody({ ...EMPTY_TRACE, account: 'KZ1', currency: 'tenge' }).problem?.field).toBe('currency');
  });

  it('explains FIFO and proportional, the chosen rule first, in both languages', () => {
    const en = wrap(<RuleHelp rule="proportional" />);
    expect(en.indexOf('Proportional')).toBeLessThan(en.indexOf('FIFO'));
    expect(en).toContain('oldest traced money');
    expect(wrap(<RuleHelp rule="fifo" />, 'ru')).toContain('Деньги уходят со счёта в том порядке, в каком поступили');
    const form = wrap(<TraceForm busy={false} error={null} onTrace={() => undefined} initial={{ account: A }} />);
    for (const id of ['money-account', 'money-direction', 'money-rule', 'money-hops', 'money-from', 'money-to', 'money-trace']) expect(form).toContain(`data-testid="${id}"`);
  });
});

describe('trace result', () => {
  const answer: TraceAnswer = {
    account: A, direction: 'forward', rule: 'fifo', hops: 2, currency: 'KZT', traced_start: 150, truncated: true,
    flows: [{ txn: 't1', from: A, to: 'a:B', hop: 1, at: 1767225600, amount: 100, of_amount: 120, case_id: 'c1' }],
    counterparts: [{ account: 'a:B', min_hop: 1, amount: 100, flows: 1 }],
    sankey: { nodes: [{ id: A, account: A }, { id: 'a:B', account: 'a:B' }], links: [{ source: 0, target: 1, value: 100 }] },
  };

  it('shows the summary, the Sankey, the counterparts and the flows', () => {
    const html = wrap(<TraceResult answer={answer} />);
    expect(html).toContain('KZ86125KZT5004100100: Forward: where the money went, FIFO (first in, first out), 2 hops.');
    expect(html).toContain('data-testid="money-truncated"');
    expect(html).toContain('data-testid="money-sankey"');
    expect((html.match(/data-testid="sankey-node"/g) ?? []).length).toBe(2);
    expect(html).toContain('data-testid="money-counterpart" data-account="a:B"');
    expect(html).toContain('href="/cases/c1"');
    expect(html).toContain(`${formatAmount('en', 100, 'KZT')} of ${formatAmount('en', 120, 'KZT')}`);
    const ru = wrap(<TraceResult answer={{ ...answer, hops: 5, truncated: false }} />, 'ru');
    expect(ru).toContain('5 переходов');
    expect(ru).toContain('1 контрагент');
    expect(ru).toContain('1 транзакция');
  });

  it('formats amounts by language and currency, and shortens accounts', () => {
    expect(formatAmount('en', 1250000, 'KZT')).toMatch(/1,250,000/);
    expect(formatAmount('ru', 1250000.5, 'KZT')).toMatch(/1\s250\s000,5/);
    expect(formatAmount('en', 5, 'bad')).toBe('5');
    expect(formatAmount('en', undefined)).toBe('—');
    expect(shortAccount(A)).toBe('KZ86…0100');
    expect(shortAccount('a:KZ1')).toBe('KZ1');
  });

  it('downloads the XLSX with the same body and the CSRF header', async () => {
    setCsrfToken('tok');
    const seen: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response('PK', { status: 200, headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
    }));
    const blob = await traceXlsx({ account: A, direction: 'back', rule: 'fifo', hops: 2 });
    expect(await blob.text()).toBe('PK');
    expect(seen[0].url).toBe('/api/v1/money/trace?format=xlsx');
    expect(seen[0].init.method).toBe('POST');
    expect((seen[0].init.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok');
    expect(JSON.parse(String(seen[0].init.body))).toEqual({ account: A, direction: 'back', rule: 'fifo', hops: 2 });
  });
});
