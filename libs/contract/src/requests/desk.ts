import { ItemStatus } from '../item-status';

/** What a move may carry: a comment, and the `version` the caller read (a stale one → 409). */
export interface MoveBody {
  comment?: string;
  version?: number;
}

export interface ScreenRequest extends MoveBody {
  assigneeId?: string;
}

export interface AssignRequest extends MoveBody {
  assigneeId: string;
}

export interface RejectRequest extends MoveBody {
  reasonCode?: string;
}

/** A whole text the desk writes: an edit, or a combined item. */
export interface ItemText {
  title: string;
  body: string;
}

/** An editor's save: the whole text, stored as a new version. */
export interface EditTextRequest extends ItemText {
  comment?: string;
  version: number;
}

/** Two or more items of the committee, written into one combined item (综合稿). */
export interface MergeRequest extends ItemText {
  itemIds: string[];
  categoryCode?: string;
}

/** The filters of the desk's list (GET /desk/items). */
export interface DeskFilters {
  status?: ItemStatus;
  assigneeId?: string;
  unassigned?: boolean;
  unitId?: string;
  categoryCode?: string;
  q?: string;
}
