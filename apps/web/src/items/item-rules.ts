import { actionLabel, AUTHOR_EDITABLE, ItemAction, ItemStatus, ItemSummary, ItemView, Wire } from '@sqmy/contract';

/** Whether the authors may still change the text (the server's AUTHOR_EDITABLE; its moves come as `allowedMoves`). */
export const isEditable = (item: Pick<Wire<ItemSummary>, 'status'>) => (AUTHOR_EDITABLE as readonly ItemStatus[]).includes(item.status);
export const canSubmit = (item: Pick<Wire<ItemView>, 'allowedMoves'>) => item.allowedMoves.includes(ItemAction.Submit) || item.allowedMoves.includes(ItemAction.Resubmit);
export const canWithdraw = (item: Pick<Wire<ItemView>, 'allowedMoves'>) => item.allowedMoves.includes(ItemAction.Withdraw);
/** Only a draft that was never submitted can be deleted; everything submitted is kept. */
export const canDelete = (item: Pick<Wire<ItemSummary>, 'status' | 'versionNo'>) => item.status === 'draft' && item.versionNo === 0;
/** 报送, or 修改后重新报送 for a returned item: the table's names of the two moves. */
export const submitLabel = (item: Pick<Wire<ItemSummary>, 'status'> | undefined) => actionLabel(item?.status === 'returned' ? ItemAction.Resubmit : ItemAction.Submit);
