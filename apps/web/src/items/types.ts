/** Shapes of the items part of the HTTP API v1 (docs/api-contract.md, "Items"). */
import type { ItemAction } from '@sqmy/contract';

export const ITEM_STATUSES = [
  'draft',
  'submitted',
  'screening',
  'returned',
  'editing',
  'in_review',
  'approved',
  'published',
  'rejected',
  'merged',
  'archived',
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface ItemAuthor {
  id: string;
  name: string;
  lead: boolean;
}

export interface ItemSummary {
  id: string;
  title: string;
  status: ItemStatus;
  unit: { id: string; name: string };
  authors: ItemAuthor[];
  categoryCode: string | null;
  topicId: string | null;
  commissionId: string | null;
  versionNo: number;
  version: number;
  submittedAt: string | null;
  updatedAt: string;
}

export type AttachmentType = 'pdf' | 'docx' | 'xlsx' | 'jpg' | 'png';

export interface Attachment {
  id: string;
  name: string;
  type: AttachmentType;
  size: number;
  sha256: string;
  createdAt: string;
}

export type CommentAudience = 'author' | 'desk';

export interface ItemEvent {
  action: string;
  from: ItemStatus | null;
  to: ItemStatus;
  /** Null for a reader outside the desk when the comment is the desk's own. */
  comment: string | null;
  /** Who reads the comment: the authors (and their unit), or only the desk. */
  audience?: CommentAudience;
  /** The reject reason's code (reject only). */
  reasonCode?: string | null;
  actor: string;
  at: string;
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface ItemRef {
  id: string;
  title: string;
}

export interface ItemVersionRef {
  no: number;
  reason: string;
  createdAt: string;
  createdBy: string;
}

export interface SimilarItem extends Pick<ItemSummary, 'id' | 'title' | 'status' | 'unit'> {
  /** 0–1. */
  similarity: number;
}

export interface ItemView extends ItemSummary {
  body: string;
  warnings: string[];
  versions: ItemVersionRef[];
  events: ItemEvent[];
  /** Absent while the server has no attachments yet. */
  attachments?: Attachment[];
  /** Near-duplicates found at intake (desk only); absent while the server does not compute them. */
  similar?: SimilarItem[];
  /** The desk's fields (issue 4): the editor in charge, why it was not used, what it was merged into or from. */
  assignee?: PersonRef | null;
  rejectReason?: { code: string; label: string } | null;
  mergedInto?: ItemRef | null;
  mergedFrom?: ItemRef[];
  /** The moves the caller may make on the item now; the buttons offer only these. */
  allowedMoves: ItemAction[];
}

export interface ItemVersion {
  no: number;
  title: string;
  body: string;
  reason: string;
  createdAt: string;
}

/** What a draft may change (POST /items, PATCH /items/{id}). */
export interface ItemDraft {
  title?: string;
  body?: string;
  categoryCode?: string | null;
  topicId?: string | null;
  commissionId?: string | null;
  coAuthorIds?: string[];
}

export interface ItemFilters {
  status?: ItemStatus;
  mine?: boolean;
  topicId?: string;
}

export interface SearchHit extends ItemSummary {
  /** HTML with <mark>…</mark> around matches, otherwise escaped. */
  snippet: string;
  rank: number;
}

export interface SearchQuery {
  q?: string;
  status?: ItemStatus;
  categoryCode?: string;
  topicId?: string;
  from?: string;
  to?: string;
  order?: 'relevance' | 'date';
  limit?: number;
  cursor?: string;
}

export interface SearchPage {
  items: SearchHit[];
  nextCursor: string | null;
}

export interface Category {
  code: string;
  name: string;
  position: number;
  active: boolean;
}

export interface Topic {
  id: string;
  title: string;
  description: string;
  categoryCode: string | null;
  opensOn: string;
  closesOn: string;
}

export type CommissionStatus = 'open' | 'answered' | 'cancelled';

export interface Commission {
  id: string;
  title: string;
  note: string;
  topicId: string | null;
  assigneeUserId: string | null;
  assigneeUnitId: string;
  dueOn: string;
  status: CommissionStatus;
  answeredByItemId: string | null;
}

export interface NewTopic {
  title: string;
  description?: string;
  categoryCode?: string;
  opensOn: string;
  closesOn: string;
}

export interface NewCommission {
  title: string;
  note?: string;
  topicId?: string;
  assigneeUserId?: string;
  assigneeUnitId?: string;
  dueOn: string;
}

/** One run of a character-level diff (GET /items/{id}/diff). */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface DiffSide {
  no: number;
  createdAt: string;
  createdBy: string;
}

export interface ItemDiff {
  from: DiffSide;
  to: DiffSide;
  title: DiffPart[];
  body: DiffPart[];
  stats: { inserted: number; deleted: number };
}
