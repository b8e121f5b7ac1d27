import { api } from '../api/client';
import type { Identity, Page, Role, User } from '../api/types';

export interface UserFilters {
  orgId?: string;
  role?: Role;
  q?: string;
}

export interface NewUser {
  username: string;
  name: string;
  phone?: string;
  password: string;
  roles: Role[];
  orgId: string;
  identity?: Identity | null;
}

export type UserChanges = Partial<Pick<NewUser, 'name' | 'phone' | 'roles' | 'orgId' | 'identity'>> & { active?: boolean };

export const usersApi = {
  list: (filters: UserFilters, page: number, pageSize: number) =>
    api.get<Page<User>>('/users', { ...filters, page, pageSize }),
  create: (body: NewUser) => api.post<User>('/users', body),
  update: (id: string, body: UserChanges) => api.patch<User>(`/users/${id}`, body),
  resetPassword: (id: string) => api.post<{ password: string }>(`/users/${id}/reset-password`),
};
