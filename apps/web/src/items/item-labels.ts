import type { AttachmentType, CommissionStatus, ItemStatus } from '@sqmy/contract';

/** Chinese names of the items part's code values (plain data: also imported by test/browser). */
export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  draft: '草稿',
  submitted: '已报送',
  screening: '阅选中',
  returned: '退回修改',
  editing: '编辑中',
  in_review: '待审核',
  approved: '已审核',
  published: '已刊发',
  rejected: '不予采用',
  merged: '已综合',
  archived: '台账归档',
};

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

/** Timeline labels of the moves of the state machine (and of the desk's, which come later). */
export const ITEM_ACTION_LABELS: Record<string, string> = {
  create: '起草',
  submit: '报送',
  withdraw: '撤回',
  resubmit: '修改后重新报送',
  screen: '开始阅选',
  assign: '分派',
  accept: '采用编辑',
  edit: '编辑修改',
  return: '退回修改',
  propose: '提交审核',
  approve: '审核通过',
  send_back: '退回编辑',
  reject: '不予采用',
  merge: '综合',
  publish: '刊发',
};

/** What a move's comment is called on the timeline (the server's TRANSITIONS say the same). */
export const COMMENT_LABELS: Record<string, string> = {
  return: '退回意见',
  reject: '说明',
  propose: '编辑说明',
  approve: '审核意见',
  send_back: '退回编辑意见',
  screen: '编辑备注',
  assign: '编辑备注',
  accept: '编辑备注',
  edit: '修改说明',
  merge: '综合说明',
  publish: '刊发说明',
};

/** Why an item was not used (不予采用): the field's reason codes (GET /reject-reasons). */
export const REJECT_REASON_LABELS: Record<string, string> = {
  petition: '信访',
  litigation: '涉诉',
  personnel: '人事',
  secret: '涉密',
  privacy: '隐私',
  out_of_remit: '超出职能',
  copied: '抄袭或已公开',
  work_report: '工作总结式',
  other: '其他',
};

/** Why a version was stored (`reason`). */
export const VERSION_REASON_LABELS: Record<string, string> = {
  submit: '报送',
  resubmit: '修改后重新报送',
  edit: '编辑修改',
  merge: '综合',
};

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

export const ATTACHMENT_TYPE_LABELS: Record<AttachmentType, string> = {
  pdf: 'PDF',
  docx: 'Word',
  xlsx: 'Excel',
  jpg: 'JPG 图片',
  png: 'PNG 图片',
};

export function labelOf(labels: Record<string, string>, code: string): string {
  return labels[code] ?? code;
}
