import { api } from '../api/client';
import type { NotificationPage } from '../api/types';

export const notificationsApi = {
  list: (query: { unreadOnly?: boolean; limit?: number; before?: string }) =>
    api.get<NotificationPage>('/notifications', query),
  markRead: (id: string) => api.post(`/notifications/${id}/read`),
  markAllRead: () => api.post('/notifications/read-all'),
};
