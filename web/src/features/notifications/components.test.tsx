import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { SessionProvider } from '../../shared/session';
import { testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { BellLink } from './NotificationBell';
import { NotificationList } from './NotificationList';
import type { Notification } from './types';
import { publishUnread, safeLink, subscribeUnread } from './unread';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(['case.read'])}>{node}</SessionProvider>
    </I18nProvider>,
  );
const noop = () => undefined;

const items: Notification[] = [
  { id: 'n1', kind: 'approval_requested', message: { en: 'KZ-ALA-2026-0007: approval asked for: Close the case', ru: 'KZ-ALA-2026-0007: запрошено согласование: Закрыть дело' }, case_id: 'c1', link: '/approvals', created_at: '2026-06-01T09:00:00.000Z', read: false },
  { id: 'n2', kind: 'task_overdue', message: { en: 'overdue: Call the shelter', ru: 'просрочено: Call the shelter' }, case_id: null, link: '', created_at: '2026-05-30T09:00:00.000Z', read: true },
  { id: 'n3', kind: 'workflow', message: { en: 'Elsewhere', ru: 'Elsewhere' }, case_id: null, link: '//evil.example/x', created_at: '2026-05-29T09:00:00.000Z', read: true },
];

describe('notifications', () => {
  it('the bell shows the unread count, translated for screen readers', () => {
    const html = wrap(<BellLink count={3} active={false} />);
    expect(html).toContain('data-testid="notifications-bell"');
    expect(html).toContain('href="/notifications"');
    expect(html).toMatch(/data-testid="notifications-count">3</);
    expect(html).toContain('aria-label="Notifications: 3 unread"');
    expect(wrap(<BellLink count={5} active />, 'ru')).toContain('aria-label="Уведомления: 5 непрочитанных"');
    expect(wrap(<BellLink count={0} active={false} />)).not.toContain('notifications-count');
    expect(wrap(<BellLink count={120} active={false} />)).toContain('>99+<');
  });

  it('lists messages in the current language, unread ones marked, each leading to its link inside the app', () => {
    const html = wrap(<NotificationList items={items} onOpen={noop} />);
    expect(html).toMatch(/class="notification unread" data-testid="notification-n1" data-read="false"/);
    expect(html).toMatch(/href="\/approvals"[^>]*data-testid="notification-open-n1"/);
    expect(html).toContain('approval asked for: Close the case');
    expect(html).toContain('>New<');
    expect(html).toMatch(/<button type="button" class="notification-open" data-testid="notification-open-n2"/);
    expect(html).not.toContain('evil.example');
    expect(wrap(<NotificationList items={items} onOpen={noop} />, 'ru')).toContain('запрошено согласование: Закрыть дело');
    expect(safeLink('/cases/c1')).toBe('/cases/c1');
    expect(safeLink('https://evil.example')).toBeNull();
    expect(safeLink('/\\evil.example')).toBeNull();
  });

  it('the count mark-read answers is heard by the bell', () => {
    const heard: number[] = [];
    const stop = subscribeUnread((n) => heard.push(n));
    publishUnread(4);
    publishUnread(0);
    stop();
    publishUnread(7);
    expect(heard).toEqual([4, 0]);
  });

  it('names the matching kinds and leads to the match or the deconfliction notices, with a text of their own when none was sent', () => {
    const matching: Notification[] = [
      { id: 'n4', kind: 'match_proposed', message: { en: 'KZ-ALA-2026-0007: a record may be the same as one of KZ-SHY-2026-0002', ru: 'KZ-ALA-2026-0007: запись может совпадать с записью KZ-SHY-2026-0002' }, case_id: 'c1', link: '/matches/019m', created_at: '2026-06-01T09:00:00.000Z', read: false },
      { id: 'n5', kind: 'deconfliction', message: null, case_id: 'c1', link: '/deconfliction', created_at: '2026-06-01T09:00:00.000Z', read: false },
      { id: 'n6', kind: 'deconfliction', message: { en: '', ru: '' }, case_id: null, link: '/deconfliction', created_at: '2026-06-01T09:00:00.000Z', read: true },
    ];
    const html = wrap(<NotificationList items={matching} onOpen={noop} />);
    expect(html).toMatch(/href="\/matches\/019m"[^>]*data-testid="notification-open-n4"/);
    expect(html).toMatch(/href="\/deconfliction"[^>]*data-testid="notification-open-n5"/);
    expect(html).toContain('data-kind="match_proposed"');
    expect(html).toContain('>Possible match<');
    expect(html).toContain('>Deconfliction<');
    expect(html).toContain('a record may be the same as one of KZ-SHY-2026-0002');
    expect(html.match(/Another unit holds a record that strongly matches a record of your case\./g)).toHaveLength(2);
    const ru = wrap(<NotificationList items={matching} onOpen={noop} />, 'ru');
    expect(ru).toContain('>Возможное совпадение<');
    expect(ru).toContain('запись может совпадать');
    expect(ru).toContain('В другом подразделении есть запись');
  });
});
