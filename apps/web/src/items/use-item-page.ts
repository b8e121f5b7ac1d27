import type { ItemFilters, ItemSummary, Wire } from '@sqmy/contract';
import { usePagedList } from '../api/use-paged-list';
import type { PagedListState } from '../api/use-paged-list';
import { itemsApi } from './items-api';

export type ItemPageState = PagedListState<Wire<ItemSummary>>;

/** One page of GET /items for the given filters; back to page 1 whenever they change. */
export function useItemPage(filters: ItemFilters): ItemPageState {
  const { status, mine, topicId } = filters;
  return usePagedList((page, pageSize) => itemsApi.list({ status, mine, topicId }, page, pageSize), JSON.stringify([status, mine, topicId]));
}
