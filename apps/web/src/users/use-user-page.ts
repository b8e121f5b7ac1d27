import { useCallback, useEffect, useState } from 'react';
import type { Page, User } from '../api/types';
import { useApiErrorHandler } from '../api/use-api-error';
import { usersApi } from './users-api';
import type { UserFilters } from './users-api';

const EMPTY: Page<User> = { items: [], total: 0 };

export interface UserPageState {
  data: Page<User>;
  loading: boolean;
  page: number;
  pageSize: number;
  changePage(page: number, pageSize: number): void;
  reload(): void;
}

/** One page of GET /users for the given filters; back to page 1 whenever they change. */
export function useUserPage(filters: UserFilters): UserPageState {
  const [data, setData] = useState<Page<User>>(EMPTY);
  const [loading, setLoading] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [version, setVersion] = useState(0);
  const showError = useApiErrorHandler();
  const { orgId, role, q } = filters;

  useEffect(() => setPaging((current) => (current.page === 1 ? current : { ...current, page: 1 })), [orgId, role, q]);

  useEffect(() => {
    let stale = false;
    setLoading(true);
    usersApi
      .list({ orgId, role, q }, paging.page, paging.pageSize)
      .then((result) => !stale && setData(result))
      .catch((error) => !stale && showError(error))
      .finally(() => !stale && setLoading(false));
    return () => {
      stale = true;
    };
  }, [orgId, role, q, paging, version, showError]);

  const changePage = useCallback((page: number, pageSize: number) => setPaging({ page, pageSize }), []);
  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return { data, loading, ...paging, changePage, reload };
}
