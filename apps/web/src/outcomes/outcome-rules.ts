import { ItemStatus } from '@sqmy/contract';

/**
 * Which items take outcomes (who records them: outcomes:record, see useCan); the server decides,
 * the screens only offer what it would allow.
 */

/** Reports refuse drafts, rejected and merged items (ITEM_NOT_REPORTABLE). */
const NOT_REPORTABLE: readonly ItemStatus[] = [ItemStatus.Draft, ItemStatus.Rejected, ItemStatus.Merged];

export const isReportable = (status: ItemStatus) => !NOT_REPORTABLE.includes(status);
/** Adoptions and 批示 refuse only drafts. */
export const isAdoptable = (status: ItemStatus) => status !== 'draft';
