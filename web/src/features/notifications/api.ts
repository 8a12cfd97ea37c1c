import { api } from '../../shared/api';
import type { NotificationList, UnreadCount } from './types';

export const listNotifications = (unreadOnly: boolean) => api.get<NotificationList>('/notifications', { unread: unreadOnly });
export const getUnreadCount = () => api.get<UnreadCount>('/notifications/unread-count');
/** Both answer the new unread count. */
export const markRead = (id: string) => api.post<UnreadCount>(`/notifications/${encodeURIComponent(id)}/read`);
export const markAllRead = () => api.post<UnreadCount>('/notifications/read-all');
