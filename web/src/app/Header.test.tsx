import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { testUser } from '../shared/testUtils';
import { SessionProvider } from '../shared/session';
import { I18nProvider } from '../shared/useI18n';
import { Header } from './Header';

const render = (permissions: string[], lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(permissions)}>
        <Header pathname="/cases" />
      </SessionProvider>
    </I18nProvider>,
  );

describe('Header', () => {
  it('shows navigation only for what the permissions allow', () => {
    const investigator = render(['case.read', 'case.create']);
    expect(investigator).toContain('data-testid="nav-cases"');
    expect(investigator).toContain('data-testid="nav-search"');
    expect(investigator.indexOf('nav-cases')).toBeLessThan(investigator.indexOf('nav-search'));
    expect(investigator).not.toContain('data-testid="nav-audit"');
    expect(investigator).not.toContain('data-testid="nav-admin"');
    const auditor = render(['audit.read']);
    expect(auditor).toContain('data-testid="nav-audit"');
    expect(auditor).not.toContain('data-testid="nav-cases"');
    expect(auditor).not.toContain('data-testid="nav-search"');
    expect(render(['user.manage'])).toContain('data-testid="nav-admin"');
  });

  it('links tasks and the calendar for case readers, approvals only for those who decide, and the bell for everyone', () => {
    const investigator = render(['case.read', 'workflow.act', 'task.manage']);
    expect(investigator).toContain('data-testid="nav-tasks"');
    expect(investigator).toContain('data-testid="nav-calendar"');
    expect(investigator).not.toContain('data-testid="nav-approvals"');
    expect(investigator).toContain('data-testid="notifications-bell"');
    const supervisor = render(['case.read', 'approval.decide'], 'ru');
    expect(supervisor).toContain('data-testid="nav-approvals"');
    expect(supervisor).toContain('>Задачи</a>');
    expect(supervisor).toContain('>Календарь</a>');
    expect(supervisor).toContain('>Согласования</a>');
    const auditor = render(['audit.read']);
    expect(auditor).not.toContain('data-testid="nav-tasks"');
    expect(auditor).not.toContain('data-testid="nav-calendar"');
    expect(auditor).toContain('data-testid="notifications-bell"');
  });

  it('has the language switch, the user and sign-out, translated', () => {
    const html = render(['case.read'], 'ru');
    expect(html).toContain('data-testid="lang-switch"');
    expect(html).toContain('>EN<');
    expect(html).toContain('Aigul');
    expect(html).toContain('Выйти');
    expect(html).toContain('>Поиск</a>');
  });
});
