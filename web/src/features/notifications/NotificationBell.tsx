import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { useUnreadCount } from './unread';

/** The bell in the header: how many notifications are unread; opens the list. */
export function NotificationBell({ pathname }: { pathname: string }) {
  const count = useUnreadCount(pathname);
  return <BellLink count={count} active={pathname.startsWith('/notifications')} />;
}

/** Presentational: the bell link with its count. */
export function BellLink({ count, active }: { count: number | null; active: boolean }) {
  const { t } = useI18n();
  const n = count ?? 0;
  return (
    <Link
      to="/notifications"
      className={`bell${active ? ' active' : ''}`}
      data-testid="notifications-bell"
      aria-label={n > 0 ? t('notifications.bell_unread', { count: n }) : t('notifications.title')}
      aria-current={active ? 'page' : undefined}
      title={t('notifications.title')}
    >
      <svg className="bell-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" fill="currentColor" />
      </svg>
      {n > 0 && (
        <span className="bell-count" data-testid="notifications-count">
          {n > 99 ? '99+' : n}
        </span>
      )}
    </Link>
  );
}
