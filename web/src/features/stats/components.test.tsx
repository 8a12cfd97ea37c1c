import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../shared/useI18n';
import { countRows, sumOf } from './counts';
import { CountTable } from './CountTable';

describe('statistics', () => {
  it('rows: known categories first (zeros too), then the rest by count, bars against the largest', () => {
    expect(countRows({ identified: 2, presumed: 8, other: 1, extra: 4 }, ['potential', 'presumed', 'identified'])).toEqual([
      { id: 'potential', count: 0, bar: 0 },
      { id: 'presumed', count: 8, bar: 100 },
      { id: 'identified', count: 2, bar: 25 },
      { id: 'extra', count: 4, bar: 50 },
      { id: 'other', count: 1, bar: 13 },
    ]);
    expect(countRows(undefined)).toEqual([]);
    expect(countRows({ a: 0 })).toEqual([{ id: 'a', count: 0, bar: 0 }]);
    expect(sumOf({ a: 2, b: 3 })).toBe(5);
  });

  it('a table shows label, count and a plain CSS bar — counts, never names', () => {
    const html = renderToStaticMarkup(
      <I18nProvider lang="ru">
        <CountTable titleKey="stats.by_sex" testId="stats-sex" counts={{ female: 3, male: 1 }} order={['female', 'male']} labelOf={(id) => id.toUpperCase()} />
      </I18nProvider>,
    );
    expect(html).toContain('По полу');
    expect(html).toMatch(/data-testid="stats-sex-female" data-count="3"><td>FEMALE<\/td><td class="num">3<\/td>/);
    expect(html).toContain('style="width:100%"');
    expect(html).toContain('style="width:33%"');
  });
});
