import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { testUser } from '../shared/testUtils';
import { SessionProvider } from '../shared/session';
import { I18nProvider } from '../shared/useI18n';
import { activeNav, Header } from './Header';

const render = (permissions: string[], lang: 'en' | 'ru' = 'en', pathname = '/cases') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(permissions)}>
        <Header pathname={pathname} />
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

  it('links the protection screens only for their permissions', () => {
    const ids = (html: string) => [...html.matchAll(/data-testid="(nav-[a-z]+)"/g)].map((m) => m[1]);
    expect(ids(render(['case.read', 'frontline.report', 'screening.record']))).toEqual(['nav-cases', 'nav-search', 'nav-tasks', 'nav-calendar', 'nav-frontline']);
    const investigator = ids(render(['case.read', 'frontline.inbox', 'protection.read', 'protection.manage']));
    expect(investigator).toEqual(expect.arrayContaining(['nav-inbox', 'nav-protection', 'nav-referrals', 'nav-partners']));
    expect(investigator).not.toContain('nav-frontline');
    expect(investigator).not.toContain('nav-stats');
    expect(ids(render(['referral.respond']))).toEqual(['nav-referrals']);
    expect(ids(render(['protection.read', 'partner.manage', 'stats.read']))).toEqual(['nav-protection', 'nav-referrals', 'nav-partners', 'nav-stats']);
    expect(ids(render(['user.manage', 'partner.manage']))).toEqual(['nav-partners', 'nav-admin']);
    expect(ids(render(['user.manage', 'partner.manage', 'jurisdiction.admin']))).toEqual(['nav-partners', 'nav-admin', 'nav-jurisdictions']);
    const ru = render(['frontline.report', 'frontline.inbox', 'protection.read', 'stats.read'], 'ru');
    for (const text of ['Мои сообщения', 'Входящие', 'Защита', 'Перенаправления', 'Партнёры', 'Статистика']) expect(ru).toContain(`>${text}</a>`);
  });

  it('links the match queue and the deconfliction notices only for their permissions', () => {
    const ids = (html: string) => [...html.matchAll(/data-testid="(nav-[a-z]+)"/g)].map((m) => m[1]);
    const investigator = ids(render(['case.read', 'match.read', 'match.review']));
    expect(investigator).toContain('nav-matches');
    expect(investigator).not.toContain('nav-deconfliction');
    expect(ids(render(['case.read']))).not.toContain('nav-matches');
    const supervisor = render(['case.read', 'approval.decide', 'match.read', 'deconfliction.read'], 'ru', '/matches/019m');
    expect(ids(supervisor)).toEqual(['nav-cases', 'nav-search', 'nav-tasks', 'nav-calendar', 'nav-approvals', 'nav-matches', 'nav-deconfliction']);
    expect(supervisor).toMatch(/data-testid="nav-matches" class="active" aria-current="page">Совпадения</);
    expect(supervisor).toContain('>Пересечения</a>');
    expect(ids(render(['deconfliction.read']))).toEqual(['nav-deconfliction']);
  });

  it('marks the inbox, not my reports, on the inbox address', () => {
    const items = [{ to: '/frontline' }, { to: '/frontline/inbox' }, { to: '/cases' }];
    expect(activeNav('/frontline/inbox', items)).toBe('/frontline/inbox');
    expect(activeNav('/frontline/019a', items)).toBe('/frontline');
    expect(activeNav('/cases/019a/team', items)).toBe('/cases');
    expect(activeNav('/audit', items)).toBeNull();
    const html = render(['frontline.report', 'frontline.inbox'], 'en', '/frontline/inbox');
    expect(html).toMatch(/data-testid="nav-inbox" class="active" aria-current="page"/);
    expect(html).toMatch(/data-testid="nav-frontline">/);
    const admin = render(['user.manage', 'jurisdiction.admin'], 'ru', '/admin/jurisdictions');
    expect(admin).toMatch(/data-testid="nav-jurisdictions" class="active" aria-current="page">Юрисдикции</);
    expect(admin).toMatch(/data-testid="nav-admin">/);
  });

  it('has the language switch, the user and sign-out, translated', () => {
    const html = render(['case.read'], 'ru');
    expect(html).toContain('data-testid="lang-switch"');
    expect(html).toContain('>EN<');
    expect(html).toContain('Aigul');
    expect(html).toContain('Выйти');
    expect(html).toContain('>Поиск</a>');
  });

  it('links the intelligence screens for intel.read, after deconfliction', () => {
    const ids = (html: string) => [...html.matchAll(/data-testid="(nav-[a-z]+)"/g)].map((m) => m[1]);
    expect(ids(render(['case.read', 'intel.read']))).toEqual(['nav-cases', 'nav-search', 'nav-tasks', 'nav-calendar', 'nav-intelligence']);
    expect(ids(render(['case.read', 'intel.search', 'intel.stats']))).not.toContain('nav-intelligence');
    const ru = render(['intel.read', 'deconfliction.read'], 'ru', '/intelligence/reports/019r');
    expect(ids(ru)).toEqual(['nav-deconfliction', 'nav-intelligence']);
    expect(ru).toMatch(/data-testid="nav-intelligence" class="active" aria-current="page">Разведданные</);
  });

  it('links link analysis only with graph.read, after intelligence', () => {
    const ids = (html: string) => [...html.matchAll(/data-testid="(nav-[a-z]+)"/g)].map((m) => m[1]);
    expect(ids(render(['case.read', 'intel.read', 'graph.read']))).toEqual(['nav-cases', 'nav-search', 'nav-tasks', 'nav-calendar', 'nav-intelligence', 'nav-graph']);
    expect(ids(render(['case.read', 'import.create']))).not.toContain('nav-graph');
    expect(render(['graph.read'], 'en')).toContain('>Link analysis</a>');
    expect(render(['graph.read'], 'ru', '/graph')).toMatch(/data-testid="nav-graph" class="active" aria-current="page">Анализ связей</);
  });
});
