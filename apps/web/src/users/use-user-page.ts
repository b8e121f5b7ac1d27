import type { UserFilters, UserView, Wire } from '@sqmy/contract';
import { usePagedList } from '../api/use-paged-list';
import type { PagedListState } from '../api/use-paged-list';
import { usersApi } from './users-api';

export type UserPageState = PagedListState<Wire<UserView>>;

/** One page of GET /users for the given filters; back to page 1 whenever they change. */
export function useUserPage(filters: UserFilters): UserPageState {
  const { orgId, role, q } = filters;
  return usePagedList((page, pageSize) => usersApi.list({ orgId, role, q }, page, pageSize), JSON.stringify([orgId, role, q]));
}
