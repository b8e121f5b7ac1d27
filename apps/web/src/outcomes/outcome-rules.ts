import { ItemStatus, Role } from '@sqmy/contract';

/**
 * Who records outcomes (outcomes:record: the editors) and which items take them; the server
 * decides, the screens only offer what it would allow. Chief editors and analysts read.
 */
export const canRecordOutcomes = (roles: readonly Role[]) => roles.includes(Role.Editor);

/** Reports refuse drafts, rejected and merged items (ITEM_NOT_REPORTABLE). */
const NOT_REPORTABLE: readonly ItemStatus[] = [ItemStatus.Draft, ItemStatus.Rejected, ItemStatus.Merged];

export const isReportable = (status: ItemStatus) => !NOT_REPORTABLE.includes(status);
/** Adoptions and 批示 refuse only drafts. */
export const isAdoptable = (status: ItemStatus) => status !== 'draft';
