import { ItemStatus } from '../item-status';

/** What a draft may change (POST /items, PATCH /items/{id}). */
export interface ItemDraftFields {
  title?: string;
  body?: string;
  categoryCode?: string | null;
  topicId?: string | null;
  commissionId?: string | null;
  coAuthorIds?: string[];
}

export interface CreateItemRequest extends ItemDraftFields {
  /** Create and submit in one request. */
  submit?: boolean;
}

export interface UpdateItemRequest extends ItemDraftFields {
  /** The `version` the caller read (a stale one → 409). */
  version: number;
}

/** The filters of GET /items. */
export interface ItemFilters {
  status?: ItemStatus;
  mine?: boolean;
  topicId?: string;
}

/** The query of GET /items/search. */
export interface SearchQuery {
  q?: string;
  status?: ItemStatus;
  unitId?: string;
  authorId?: string;
  categoryCode?: string;
  topicId?: string;
  from?: string;
  to?: string;
  order?: 'relevance' | 'date';
  limit?: number;
  cursor?: string;
}

export interface CreateTopicRequest {
  title: string;
  description?: string;
  categoryCode?: string | null;
  opensOn: string;
  closesOn: string;
}

export interface CreateCommissionRequest {
  title: string;
  note?: string;
  topicId?: string;
  assigneeUserId?: string;
  assigneeUnitId?: string;
  dueOn: string;
}
