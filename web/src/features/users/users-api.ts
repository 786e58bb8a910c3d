import type { CreateUserBody, UpdateUserBody, User, UserListQuery } from '@qiantai/contracts';
import { api } from '../../lib/api';

export interface UserPage {
  items: User[];
  total: number;
  page: number;
  pageSize: number;
}

export interface UserWithPassword {
  user: User;
  oneTimePassword: string | null;
}

export const usersApi = {
  list: (query: Partial<UserListQuery>) => api.get<UserPage>('/users', query),
  get: (id: string) => api.get<User>(`/users/${id}`),
  create: (body: Partial<CreateUserBody>) => api.post<UserWithPassword>('/users', body),
  update: (id: string, body: UpdateUserBody) => api.patch<User>(`/users/${id}`, body),
  resetPassword: (id: string) => api.post<UserWithPassword>(`/users/${id}/reset-password`),
};
