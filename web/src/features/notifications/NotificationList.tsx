import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import type { Notification } from './types';
import { safeLink } from './unread';

/**
 * Kinds named beside the message, and what a notice of that kind says when the server sent no
 * text: cross-case matching (`match_proposed` → /matches/{mid}, `deconfliction` → /deconfliction).
 */
export const KIND_KEYS: Record<string, { label: string; fallback: string }> = {
  match_proposed: { label: 'notifications.kind.match_proposed', fallback: 'notifications.fallback.match_proposed' },
  deconfliction: { label: 'notifications.kind.deconfliction', fallback: 'notifications.fallback.deconfliction' },
};

interface Props {
  items: Notification[];
  /** A click on a notice: mark it read (its link, if any, is followed by the link itself). */
  onOpen: (n: Notification) => void;
}

/** Notices newest first, unread ones marked; each leads where it was sent from. */
export function NotificationList({ items, onOpen }: Props) {
  const { t, label, formatDateTime } = useI18n();
  if (items.length === 0) return <p className="muted" data-testid="notifications-empty">{t('notifications.empty')}</p>;
  return (
    <ul className="notifications" data-testid="notification-list">
      {items.map((n) => {
        const link = safeLink(n.link);
        const kind = KIND_KEYS[n.kind];
        const message = (n.message && label(n.message)) || (kind ? t(kind.fallback) : '');
        const body = (
          <>
            {kind && <span className={`badge badge-kind notification-kind notification-kind-${n.kind}`}>{t(kind.label)}</span>}
            <span className="notification-message">{message}</span>
            <small className="muted">
              <time dateTime={n.created_at}>{formatDateTime(n.created_at)}</time>
              {!n.read && <span className="badge badge-unread">{t('notifications.unread')}</span>}
            </small>
          </>
        );
        return (
          <li key={n.id} className={`notification${n.read ? '' : ' unread'}`} data-testid={`notification-${n.id}`} data-read={n.read} data-kind={n.kind}>
            {link ? (
              <Link to={link} className="notification-open" data-testid={`notification-open-${n.id}`} onClick={() => onOpen(n)}>
                {body}
              </Link>
            ) : (
              <button type="button" className="notification-open" data-testid={`notification-open-${n.id}`} onClick={() => onOpen(n)}>
                {body}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
