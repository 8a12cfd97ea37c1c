import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { Permission } from './Permission';
import { ProblemAlert } from './ProblemAlert';
import { SessionProvider } from './session';
import { testUser } from './testUtils';
import { nextSort, Table } from './Table';
import { I18nProvider } from './useI18n';

describe('Permission', () => {
  it('renders children only for a user holding one of the permissions', () => {
    const el = <Permission anyOf={['case.create']}>NEW</Permission>;
    expect(renderToStaticMarkup(<SessionProvider user={testUser(['case.create'])}>{el}</SessionProvider>)).toBe('NEW');
    expect(renderToStaticMarkup(<SessionProvider user={testUser(['case.read'])}>{el}</SessionProvider>)).toBe('');
  });
});

describe('ProblemAlert', () => {
  it('translates the code and names the field in the current language', () => {
    const err = new ApiError({ status: 422, code: 'required', field: 'jurisdiction.country' });
    const html = renderToStaticMarkup(
      <I18nProvider lang="ru">
        <ProblemAlert error={err} fieldPrefix="case.fields" />
      </I18nProvider>,
    );
    expect(html).toContain('Не заполнено обязательное поле.');
    expect(html).toContain('Поле: Юрисдикция: страна');
  });

  it('shows the raw field name when it has no label, and a generic text for an unknown code', () => {
    const html = renderToStaticMarkup(<ProblemAlert error={new ApiError({ status: 500, code: 'boom', field: 'x_y' })} />);
    expect(html).toContain('Something went wrong');
    expect(html).toContain('Field: x_y');
  });
});

describe('Table', () => {
  it('flips the sort on the same column and starts ascending on another', () => {
    expect(nextSort('-updated_at', 'title')).toBe('title');
    expect(nextSort('title', 'title')).toBe('-title');
    expect(nextSort('-title', 'title')).toBe('title');
  });

  it('marks the sorted column and labels every cell for the narrow layout', () => {
    const html = renderToStaticMarkup(
      <Table rows={[{ id: 'a' }]} rowKey={(r) => r.id} sort="-title" rowTestId="row"
        columns={[{ id: 'title', labelKey: 'case.fields.title', sortField: 'title', render: (r) => r.id }]} />,
    );
    expect(html).toContain('aria-sort="descending"');
    expect(html).toContain('data-label="Title"');
    expect(html).toContain('data-testid="row"');
  });

  it('gives a row its own data attributes, its own test id winning over the shared one', () => {
    const html = renderToStaticMarkup(
      <Table rows={[{ id: 'a', on: true }, { id: 'b', on: false }]} rowKey={(r) => r.id} rowTestId="row"
        rowData={(r) => ({ 'data-testid': `row-${r.id}`, 'data-on': String(r.on) })}
        columns={[{ id: 'title', labelKey: 'case.fields.title', render: (r) => r.id }]} />,
    );
    expect(html).toContain('<tr data-testid="row-a" data-on="true">');
    expect(html).toContain('<tr data-testid="row-b" data-on="false">');
    expect(html).not.toContain('data-testid="row"');
  });
});
