import { ItemStatus, ItemSummary, Wire } from '@sqmy/contract';

/** What the authors may do in each state (the server decides; the screens only offer it). */
export const AUTHOR_EDITABLE: readonly ItemStatus[] = [ItemStatus.Draft, ItemStatus.Returned];

export const isEditable = (item: Pick<Wire<ItemSummary>, 'status'>) => AUTHOR_EDITABLE.includes(item.status);
export const canWithdraw = (item: Pick<Wire<ItemSummary>, 'status'>) => item.status === 'submitted';
/** Only a draft that was never submitted can be deleted; everything submitted is kept. */
export const canDelete = (item: Pick<Wire<ItemSummary>, 'status' | 'versionNo'>) => item.status === 'draft' && item.versionNo === 0;
export const submitLabel = (item: Pick<Wire<ItemSummary>, 'status'> | undefined) => (item?.status === 'returned' ? '修改后重新报送' : '报送');
