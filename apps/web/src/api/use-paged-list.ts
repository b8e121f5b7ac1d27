import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '@sqmy/contract';
import { useApiErrorHandler } from './use-api-error';

export interface PagedListState<T> {
  data: Page<T>;
  loading: boolean;
  page: number;
  pageSize: number;
  changePage(page: number, pageSize: number): void;
  reload(): void;
}

/**
 * One page of a paged list endpoint. `filterKey` names the current filters (e.g. their JSON):
 * whenever it changes the list goes back to page 1.
 */
export function usePagedList<T>(fetchPage: (page: number, pageSize: number) => Promise<Page<T>>, filterKey: string): PagedListState<T> {
  const [data, setData] = useState<Page<T>>({ items: [], total: 0 });
  const [loading, setLoading] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [version, setVersion] = useState(0);
  const showError = useApiErrorHandler();
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  useEffect(() => setPaging((current) => (current.page === 1 ? current : { ...current, page: 1 })), [filterKey]);

  useEffect(() => {
    let stale = false;
    setLoading(true);
    fetchRef
      .current(paging.page, paging.pageSize)
      .then((result) => !stale && setData(result))
      .catch((error) => !stale && showError(error))
      .finally(() => !stale && setLoading(false));
    return () => {
      stale = true;
    };
  }, [filterKey, paging, version, showError]);

  const changePage = useCallback((page: number, pageSize: number) => setPaging({ page, pageSize }), []);
  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return { data, loading, ...paging, changePage, reload };
}
