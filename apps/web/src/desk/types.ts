/** Shapes of the desk part of the HTTP API v1 (docs/api-contract.md, "The desk"). */
import type { ItemAction } from '@sqmy/contract';
import type { ItemStatus, ItemSummary, PersonRef } from '../items/types';

/** The states the desk works on, in the order of the board. */
export const DESK_STATUSES = ['submitted', 'screening', 'editing', 'in_review', 'approved', 'returned'] as const;
export type DeskStatus = (typeof DESK_STATUSES)[number];

/** What the desk's list may filter on: the board's states, then the closed ones (never drafts: they are the authors'). */
export const LISTED_STATUSES = [...DESK_STATUSES, 'rejected', 'merged', 'published'] as const;

export interface EditorLoad extends PersonRef {
  /** Items in screening or editing assigned to this editor. */
  load: number;
}

export interface DeskSummary {
  counts: Record<DeskStatus, number>;
  editors: EditorLoad[];
}

export interface DeskItem extends ItemSummary {
  assignee: PersonRef | null;
  similarCount: number;
  waitingSince: string | null;
  /** The moves the caller may make on the item now: 领取, 分派 and 综合 follow them. */
  allowedMoves: ItemAction[];
}

export interface DeskFilters {
  status?: ItemStatus;
  assigneeId?: string;
  unassigned?: boolean;
  unitId?: string;
  categoryCode?: string;
  q?: string;
}

export interface RejectReason {
  code: string;
  label: string;
  position: number;
  /** The reason must be written out (其他). */
  commentRequired?: boolean;
}

export interface DeskSettings {
  screeningReminderDays: number;
  returnReminderDays: number;
}

export interface MergeRequest {
  itemIds: string[];
  title: string;
  body: string;
  categoryCode?: string;
}

/** What a move may carry: a comment, and the `version` the caller read (a stale one → 409). */
export interface MoveBody {
  comment?: string;
  version?: number;
}
