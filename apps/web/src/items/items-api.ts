import type { AttachmentView, CategoryView, CommissionView, CreateCommissionRequest, CreateTopicRequest, ItemDraftFields, ItemFilters, ItemSummary, ItemVersionView, ItemView, Page, SearchPage, SearchQuery, TopicView, VersionDiff, Wire } from '@sqmy/contract';
import { api } from '../api/client';

const idempotent = (key: string) => ({ headers: { 'Idempotency-Key': key } });

export const itemsApi = {
  list: (filters: ItemFilters, page: number, pageSize: number) =>
    api.get<Page<Wire<ItemSummary>>>('/items', { ...filters, page, pageSize }),
  get: (id: string) => api.get<Wire<ItemView>>(`/items/${id}`),
  /** The key makes a retried create answer with the same draft. */
  create: (draft: ItemDraftFields, idempotencyKey: string) => api.post<Wire<ItemView>>('/items', draft, idempotent(idempotencyKey)),
  update: (id: string, changes: ItemDraftFields, version: number) => api.patch<Wire<ItemView>>(`/items/${id}`, { ...changes, version }),
  remove: (id: string) => api.delete(`/items/${id}`),
  /** The key makes a retried submit answer with the same result, never a second submission. */
  submit: (id: string, idempotencyKey: string) => api.post<Wire<ItemView>>(`/items/${id}/submit`, undefined, idempotent(idempotencyKey)),
  withdraw: (id: string) => api.post<Wire<ItemView>>(`/items/${id}/withdraw`),
  version: (id: string, no: number) => api.get<Wire<ItemVersionView>>(`/items/${id}/versions/${no}`),
  /** Character-level diff between two versions; the server defaults to the previous and the latest. */
  diff: (id: string, from?: number, to?: number) => api.get<Wire<VersionDiff>>(`/items/${id}/diff`, { from, to }),
  search: (query: SearchQuery) => api.get<Wire<SearchPage>>('/items/search', { ...query }),
  attach: (id: string, file: File) => api.upload<Wire<AttachmentView>>(`/items/${id}/attachments`, file),
  download: (id: string, attachmentId: string) => api.blob(`/items/${id}/attachments/${attachmentId}`),
  detach: (id: string, attachmentId: string) => api.delete(`/items/${id}/attachments/${attachmentId}`),
};

export const referenceApi = {
  categories: () => api.get<CategoryView[]>('/categories'),
  topics: (open: boolean) => api.get<Wire<TopicView>[]>('/topics', { open: open || undefined }),
  createTopic: (body: CreateTopicRequest) => api.post<Wire<TopicView>>('/topics', body),
  commissions: (open: boolean) => api.get<Wire<CommissionView>[]>('/commissions', { open: open || undefined }),
  createCommission: (body: CreateCommissionRequest) => api.post<Wire<CommissionView>>('/commissions', body),
  cancelCommission: (id: string) => api.post<Wire<CommissionView>>(`/commissions/${id}/cancel`),
};
