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
});
