import type { NotificationPage, Wire } from '@sqmy/contract';
import { api } from '../api/client';

export const notificationsApi = {
  list: (query: { unreadOnly?: boolean; limit?: number; before?: string }) =>
    api.get<Wire<NotificationPage>>('/notifications', query),
  markRead: (id: string) => api.post(`/notifications/${id}/read`),
  markAllRead: () => api.post('/notifications/read-all'),
};
