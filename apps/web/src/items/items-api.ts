import { api } from '../api/client';
import type { Page } from '../api/types';
import type {
  Attachment,
  Category,
  Commission,
  ItemDraft,
  ItemDiff,
  ItemFilters,
  ItemSummary,
  ItemVersion,
  ItemView,
  NewCommission,
  NewTopic,
  SearchPage,
  SearchQuery,
  Topic,
} from './types';

const idempotent = (key: string) => ({ headers: { 'Idempotency-Key': key } });

export const itemsApi = {
  list: (filters: ItemFilters, page: number, pageSize: number) =>
    api.get<Page<ItemSummary>>('/items', { ...filters, page, pageSize }),
  get: (id: string) => api.get<ItemView>(`/items/${id}`),
  /** The key makes a retried create answer with the same draft. */
  create: (draft: ItemDraft, idempotencyKey: string) => api.post<ItemView>('/items', draft, idempotent(idempotencyKey)),
  update: (id: string, changes: ItemDraft, version: number) => api.patch<ItemView>(`/items/${id}`, { ...changes, version }),
  remove: (id: string) => api.delete(`/items/${id}`),
  /** The key makes a retried submit answer with the same result, never a second submission. */
  submit: (id: string, idempotencyKey: string) => api.post<ItemView>(`/items/${id}/submit`, undefined, idempotent(idempotencyKey)),
  withdraw: (id: string) => api.post<ItemView>(`/items/${id}/withdraw`),
  version: (id: string, no: number) => api.get<ItemVersion>(`/items/${id}/versions/${no}`),
  /** Character-level diff between two versions; the server defaults to the previous and the latest. */
  diff: (id: string, from?: number, to?: number) => api.get<ItemDiff>(`/items/${id}/diff`, { from, to }),
  search: (query: SearchQuery) => api.get<SearchPage>('/items/search', { ...query }),
  attach: (id: string, file: File) => api.upload<Attachment>(`/items/${id}/attachments`, file),
  download: (id: string, attachmentId: string) => api.blob(`/items/${id}/attachments/${attachmentId}`),
  detach: (id: string, attachmentId: string) => api.delete(`/items/${id}/attachments/${attachmentId}`),
};

export const referenceApi = {
  categories: () => api.get<Category[]>('/categories'),
  topics: (open: boolean) => api.get<Topic[]>('/topics', { open: open || undefined }),
  createTopic: (body: NewTopic) => api.post<Topic>('/topics', body),
  commissions: (open: boolean) => api.get<Commission[]>('/commissions', { open: open || undefined }),
  createCommission: (body: NewCommission) => api.post<Commission>('/commissions', body),
  cancelCommission: (id: string) => api.post<Commission>(`/commissions/${id}/cancel`),
};
