import { actionLabel } from '@sqmy/contract';
import type { AttachmentType, CommissionStatus, ItemAction, ItemStatus } from '@sqmy/contract';

/**
 * The web's own words for the items part: colours, and the names it gives what the server has no
 * label for. The server's labels (status, moves, comments) come from @sqmy/contract.
 */
export const ITEM_STATUS_COLORS: Record<ItemStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  screening: 'cyan',
  returned: 'orange',
  editing: 'geekblue',
  in_review: 'purple',
  approved: 'green',
  published: 'success',
  rejected: 'red',
  merged: 'gold',
  archived: 'default',
};

/** Where the timeline and the version list word a move as what happened rather than as its button (the table's label). */
const HAPPENED: Record<string, string> = {
  create: '起草',
  screen: '开始阅选',
  assign: '分派',
  accept: '采用编辑',
  edit: '编辑修改',
};

/** What a recorded move (an event's action, a version's reason) is called: 报送, 开始阅选, 退回修改… */
export const happenedLabel = (action: string): string => HAPPENED[action] ?? actionLabel(action as ItemAction);

export const COMMISSION_STATUS_LABELS: Record<CommissionStatus, string> = {
  open: '征集中',
  answered: '已应约',
  cancelled: '已撤销',
};

export const COMMISSION_STATUS_COLORS: Record<CommissionStatus, string> = {
  open: 'processing',
  answered: 'success',
  cancelled: 'default',
};

/** Short names of the file types, for the attachment list. */
export const ATTACHMENT_TYPE_LABELS: Record<AttachmentType, string> = {
  pdf: 'PDF',
  docx: 'Word',
  xlsx: 'Excel',
  jpg: 'JPG 图片',
  png: 'PNG 图片',
};
