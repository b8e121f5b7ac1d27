import type { NewUser, Page, PasswordReset, UserChanges, UserFilters, UserView, Wire } from '@sqmy/contract';
import { api } from '../api/client';

export const usersApi = {
  list: (filters: UserFilters, page: number, pageSize: number) =>
    api.get<Page<Wire<UserView>>>('/users', { ...filters, page, pageSize }),
  create: (body: NewUser) => api.post<Wire<UserView>>('/users', body),
  update: (id: string, body: UserChanges) => api.patch<Wire<UserView>>(`/users/${id}`, body),
  resetPassword: (id: string) => api.post<PasswordReset>(`/users/${id}/reset-password`),
};
