import { ItemStatus } from '../item-status';
import { ItemAction } from '../item-transitions';
import { ItemSummary } from './items';
import { PersonRef } from './refs';

export interface EditorLoad extends PersonRef {
  /** Items in screening or editing assigned to this editor. */
  load: number;
}

/** The states an item waits in at the desk (or, returned, with its authors), in the order of the board. */
export const DESK_STATUSES = [ItemStatus.Submitted, ItemStatus.Screening, ItemStatus.Editing, ItemStatus.InReview, ItemStatus.Approved, ItemStatus.Returned] as const;
export type DeskStatus = (typeof DESK_STATUSES)[number];

/** The board: how many items wait in each of the desk's states, and each editor's load. */
export interface DeskSummary {
  counts: Record<DeskStatus, number>;
  editors: EditorLoad[];
}

export interface DeskItem extends ItemSummary {
  assignee: PersonRef | null;
  similarCount: number;
  waitingSince: Date;
  /** The moves the caller may make on the item now (as on its page): 领取, 分派 and 综合 follow them. */
  allowedMoves: ItemAction[];
}

/** A page of the desk's list (GET /desk/items). */
export interface DeskItemPage {
  items: DeskItem[];
  total: number;
}

export interface DeskSettingsView {
  screeningReminderDays: number;
  returnReminderDays: number;
}

/** A reason an item is not used (不予采用). */
export interface RejectReasonView {
  code: string;
  label: string;
  position: number;
  /** The reason must be written out (其他). */
  commentRequired: boolean;
}

/** One run of a character-level diff. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface TextDiff {
  title: DiffPart[];
  body: DiffPart[];
  stats: { inserted: number; deleted: number };
}

export interface VersionRef {
  no: number;
  createdAt: Date;
  createdBy: string;
}

/** Two versions of an item compared by character (GET /items/{id}/diff). */
export interface VersionDiff extends TextDiff {
  from: VersionRef;
  to: VersionRef;
}
