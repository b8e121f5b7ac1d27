import type { DeskFilters, DeskItem, Wire } from '@sqmy/contract';
import { usePagedList } from '../api/use-paged-list';
import type { PagedListState } from '../api/use-paged-list';
import { deskApi } from './desk-api';

export type DeskItemsState = PagedListState<Wire<DeskItem>>;

/** One page of GET /desk/items for the filters; back to page 1 whenever they change. */
export function useDeskItems(filters: DeskFilters): DeskItemsState {
  return usePagedList((page, pageSize) => deskApi.items(filters, page, pageSize), JSON.stringify(filters));
}
