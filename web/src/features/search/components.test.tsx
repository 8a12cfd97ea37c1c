import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/api';
import { I18nProvider } from '../../shared/useI18n';
import { searchRecords } from './api';
import { readParams, resultPath, searchHref } from './display';
import { SearchForm } from './SearchForm';
import { SearchProblem } from './SearchProblem';
import { SearchResults } from './SearchResults';
import type { SearchAnswer, SearchHit } from './types';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') => renderToStaticMarkup(<I18nProvider lang={lang}>{node}</I18nProvider>);

const hit = (kind: SearchHit['kind'], extra: Partial<SearchHit> = {}): SearchHit => ({
  kind, record_id: `${kind}-1`, case_id: 'c1', case_reference: 'KZ-2026-0001', case_title: 'Harbour', title: `A ${kind}`,
  snippet: [{ text: 'seized the ', hit: false }, { text: 'паспорта', hit: true }, { text: ' of <b>three</b> women', hit: false }], ...extra,
});

const answer = (total: number, items: SearchHit[] = [hit('document')]): SearchAnswer => ({ query: 'паспорт', total, items });
const results = (a: SearchAnswer | undefined, lang: 'en' | 'ru' = 'en', offset = 0, showCase = true) =>
  wrap(<SearchResults answer={a} loading={false} offset={offset} limit={20} showCase={showCase} onOffset={() => undefined} />, lang);

describe('search results', () => {
  it('mark the hits and keep every other piece as plain text', () => {
    const html = results(answer(1));
    expect(html).toContain('<p class="snippet">seized the <mark>паспорта</mark> of &lt;b&gt;three&lt;/b&gt; women</p>');
    expect(html.match(/<mark>/g)).toHaveLength(1);
    expect(html).not.toContain('<b>');
    expect(html.match(/data-testid="search-result"/g)).toHaveLength(1);
    expect(html).toContain('href="/cases/c1/documents/document-1"');
    expect(html).toContain('KZ-2026-0001');
    expect(results(answer(1), 'en', 0, false)).not.toContain('KZ-2026-0001');
  });

  it('count the hits with the Russian plural forms', () => {
    const total = (n: number, lang: 'en' | 'ru' = 'ru') => results(answer(n), lang).match(/data-testid="search-total">([^<]*)</)?.[1];
    expect(total(1)).toBe('1 результат');
    expect(total(3)).toBe('3 результата');
    expect(total(5)).toBe('5 результатов');
    expect(total(11)).toBe('11 результатов');
    expect(total(21)).toBe('21 результат');
    expect(total(23)).toBe('23 результата');
    expect(total(1, 'en')).toBe('1 result');
    expect(total(23, 'en')).toBe('23 results');
    expect(results(answer(0, []), 'ru')).toContain('Ничего не найдено');
    expect(results(undefined)).toContain('data-testid="search-total">Loading…<');
  });

  it('page by offset only when there is more than one page', () => {
    expect(results(answer(5))).not.toContain('search-next');
    const first = results(answer(57));
    expect(first).toMatch(/<button type="button" disabled="" data-testid="search-prev">/);
    expect(first).toMatch(/<button type="button" data-testid="search-next">/);
    const lastPage = Array.from({ length: 17 }, (_, i) => hit('entity', { record_id: `e${i}` }));
    const last = results(answer(57, lastPage), 'en', 40);
    expect(last).toContain('Page 3');
    expect(last).toContain('<ol class="search-results" start="41">');
    expect(last).toMatch(/<button type="button" disabled="" data-testid="search-next">/);
  });

  it('link each kind to the screen of its record', () => {
    const paths = (['case', 'entity', 'statement', 'interview', 'document', 'exhibit', 'event'] as const).map((k) => resultPath(hit(k, { record_id: 'r9' })));
    expect(paths).toEqual([
      '/cases/c1', '/cases/c1/people/r9', '/cases/c1/interviews/r9', '/cases/c1/interviews/r9',
      '/cases/c1/documents/r9', '/cases/c1/exhibits/r9', '/cases/c1/timeline',
    ]);
    const html = results(answer(2, [hit('statement'), hit('event')]), 'ru');
    expect(html).toContain('>Показания<');
    expect(html).toContain('>Событие<');
  });
});

describe('search form', () => {
  it('carries the test ids and says how Russian words and names match', () => {
    const html = wrap(<SearchForm initial="Иванов" inputTestId="search-input" inCase={false} onSearch={() => undefined} />);
    const input = html.match(/<input [^>]*>/)?.[0] ?? '';
    expect(input).toContain('data-testid="search-input"');
    expect(input).toContain('value="Иванов"');
    expect(input).toContain('type="search"');
    expect(html).toContain('data-testid="search-submit"');
    expect(html).toContain('matched by their stem');
    expect(html).toContain('Cyrillic and Latin');
    const ru = wrap(<SearchForm initial="" inputTestId="case-search-input" inCase onSearch={() => undefined} />, 'ru');
    expect(ru).toContain('data-testid="case-search-input"');
    expect(ru).toContain('Поиск по этому делу');
    expect(ru).toContain('ищутся по основе');
  });

  it('explains a query the server could not parse', () => {
    const html = wrap(<SearchProblem error={new ApiError({ status: 422, code: 'invalid_value', field: 'q' })} />, 'ru');
    expect(html).toContain('Не удалось разобрать поисковый запрос');
    expect(wrap(<SearchProblem error={new ApiError({ status: 404, code: 'not_found' })} />)).toContain('Not found');
  });
});

describe('search address and request', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keep the query in the address so a search can be linked', () => {
    expect(readParams('?q=%D0%BF%D0%B0%D1%81%D0%BF%D0%BE%D1%80%D1%82&offset=20')).toEqual({ q: 'паспорт', offset: 20 });
    expect(readParams('')).toEqual({ q: '', offset: 0 });
    expect(readParams('?q=x&offset=-5')).toEqual({ q: 'x', offset: 0 });
    expect(searchHref('/search', 'Иванов Ivan', 40)).toBe('/search?q=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2+Ivan&offset=40');
    expect(searchHref('/cases/c1/search', 'x')).toBe('/cases/c1/search?q=x');
    expect(searchHref('/search', '')).toBe('/search');
  });

  it('asks the server with case_id, limit and offset, leaving out an offset of 0', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify(answer(0, [])), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    await searchRecords({ q: 'паспорт', case_id: 'c1', limit: 20, offset: 0 });
    await searchRecords({ q: 'x', limit: 20, offset: 40 });
    expect(urls).toEqual([`/api/v1/search?q=${encodeURIComponent('паспорт')}&case_id=c1&limit=20`, '/api/v1/search?q=x&limit=20&offset=40']);
  });
});
