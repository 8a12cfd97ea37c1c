import { useEffect, useState } from 'react';
import { useAction, useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { listNotifications, markAllRead, markRead } from './api';
import { NotificationList } from './NotificationList';
import type { Notification } from './types';
import { publishUnread } from './unread';

/** Container: my notifications; a click marks one read and follows its link; or all at once. */
export function NotificationsPage() {
  const { t } = useI18n();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useLoad(() => listNotifications(unreadOnly), [unreadOnly]);
  const action = useAction();
  const data = list.data;
  useEffect(() => {
    if (data) publishUnread(data.unread);
  }, [data]);
  const setRead = (ids: string[] | 'all', unread: number) => {
    if (!data) return;
    publishUnread(unread);
    list.setData({ unread, items: data.items.map((n) => (ids === 'all' || ids.includes(n.id) ? { ...n, read: true } : n)) });
  };
  // Following the link unmounts this screen; the request still completes and the bell hears of it.
  const open = (n: Notification) => {
    if (n.read) return;
    action.run(() => markRead(n.id), (r) => setRead([n.id], r.unread));
  };
  const readAll = () => action.run(markAllRead, (r) => setRead('all', r.unread));
  return (
    <section className="page" data-testid="notifications-page">
      <div className="page-head">
        <h1>{t('notifications.title')}</h1>
        <div className="page-actions">
          <label className="check">
            <input type="checkbox" checked={unreadOnly} data-testid="notifications-unread-only" onChange={(e) => setUnreadOnly(e.target.checked)} />
            <span>{t('notifications.unread_only')}</span>
          </label>
          <button type="button" disabled={action.busy || !data || data.unread === 0} data-testid="notifications-read-all" onClick={readAll}>
            {t('notifications.read_all')}
          </button>
        </div>
      </div>
      <ProblemAlert error={list.error ?? action.error} />
      {!data && !list.error && <p className="loading">{t('app.loading')}</p>}
      {data && <NotificationList items={data.items} onOpen={open} />}
    </section>
  );
}
