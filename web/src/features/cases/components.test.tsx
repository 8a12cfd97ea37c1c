import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { CaseForm } from './CaseForm';
import { caseFields, EMPTY_CASE_VALUES } from './caseForm';
import { CaseTable } from './CaseTable';
import { CaseTabs } from './CaseTabs';
import type { CaseSummary } from './types';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(['case.read'])}>
        <ReferenceProvider initial={{ lookups: testLookups, units: [] }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );

const row: CaseSummary = {
  id: 'c1', reference: 'KZ-2026-0001', title: 'Harbour', category: 'tip', forms_of_exploitation: [],
  approach: 'reactive', trigger: 'complaint', state: 'investigation', jurisdiction: { country: 'KZ' },
  owning_unit: { id: 'n1', code: 'KZ-ALA', name: 'Almaty' }, created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-02T00:00:00.000Z', version: 1,
};

describe('case components', () => {
  it('the form carries the test ids Playwright uses and marks victim notes restricted', () => {
    const html = wrap(<CaseForm fields={caseFields()} initial={EMPTY_CASE_VALUES} busy={false} error={null} submitKey="buttons.create" onSubmit={() => undefined} onCancel={() => undefined} />);
    for (const id of ['title', 'summary', 'category', 'approach', 'trigger', 'country', 'submit']) {
      expect(html).toContain(`data-testid="case-form-${id}"`);
    }
    expect(html).toContain('Restricted');
    expect(html).toContain('Trafficking in persons');
  });

  it('the table shows lookup labels in the current language', () => {
    const html = wrap(<CaseTable rows={[row]} sort="-updated_at" onSort={() => undefined} />, 'ru');
    expect(html).toContain('data-testid="case-list-table"');
    expect(html).toContain('data-testid="case-row"');
    expect(html).toContain('Торговля людьми');
    expect(html).toContain('Расследуется');
    expect(html).toContain('aria-sort="descending"');
  });

  it('tabs have test ids and mark the active one', () => {
    const html = wrap(<CaseTabs caseId="c1" active="team" />);
    expect(html).toContain('data-testid="tab-overview"');
    expect(html).toMatch(/aria-current="page"[^>]*data-testid="tab-team"/);
    for (const tab of ['workflow', 'tasks', 'timeline', 'interviews', 'exhibits', 'prosecution', 'documents', 'imports', 'search', 'network']) expect(html).toContain(`href="/cases/c1/${tab}"`);
    // Workflow comes right after the overview, tasks right after the workflow.
    const order = [...html.matchAll(/data-testid="tab-([a-z]+)"/g)].map((m) => m[1]);
    expect(order.slice(0, 4)).toEqual(['overview', 'workflow', 'tasks', 'team']);
    // The protection tab carries the id the end-to-end test clicks.
    expect(html).toMatch(/href="\/cases\/c1\/protection"[^>]*data-testid="case-tab-protection">Protection</);
    const ru = wrap(<CaseTabs caseId="c1" active="exhibits" />, 'ru');
    for (const text of ['Ход дела', 'Задачи', 'Хронология', 'Опросы', 'Вещественные доказательства', 'Обвинение и суд', 'Документы', 'Поиск', 'Защита']) expect(ru).toContain(`>${text}</a>`);
  });
});
