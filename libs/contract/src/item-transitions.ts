import { CommentAudience } from './comment-audience';
import { ItemStatus } from './item-status';
import { Permission } from './permissions';

/** Every move an item can make (persisted in the audit trail: never rename one). */
export enum ItemAction {
  Submit = 'submit',
  Withdraw = 'withdraw',
  Resubmit = 'resubmit',
  Screen = 'screen',
  Assign = 'assign',
  Accept = 'accept',
  Return = 'return',
  Reject = 'reject',
  Edit = 'edit',
  Propose = 'propose',
  Approve = 'approve',
  SendBack = 'send_back',
  Merge = 'merge',
  Publish = 'publish',
}

export interface Transition {
  action: ItemAction;
  from: readonly ItemStatus[];
  /** Where the move leads; `null`: the item stays where it is (a change of assignee). */
  to: ItemStatus | null;
  /** What the caller's role must grant (GRANTS in libs/accounts). */
  permission: Permission;
  label: string;
  /** A non-blank comment must come with the move. */
  requiresComment: boolean;
  /** A reject reason (code of `reject_reason`) must come with the move. */
  requiresReason: boolean;
  /** A new full version of the text is stored with the move. */
  storesVersion: boolean;
  /** Title of the notification the authors get; absent: the move tells them nothing. */
  notice?: string;
  /** Who reads the move's comment, and what it is called where it is shown (退回意见, 编辑说明, 刊发说明…). */
  comment: { audience: CommentAudience; label: string };
}

const OPEN_AT_DESK = [ItemStatus.Submitted, ItemStatus.Screening, ItemStatus.Editing, ItemStatus.InReview, ItemStatus.Approved];
const { ItemsWrite: AUTHOR, ItemsScreen: EDITOR, ItemsReview: CHIEF } = Permission;
const plain = { requiresComment: false, requiresReason: false, storesVersion: false };
/** A comment the authors read: written to them, or by them. */
const toAuthors = (label: string) => ({ audience: CommentAudience.Author, label });
/** A comment only the desk reads: its notes to itself and to the chief editor, the chief editor's back to it. */
const withinDesk = (label: string) => ({ audience: CommentAudience.Desk, label });

/** The state machine of DESIGN.md in one table: from, to, who may, what it requires. */
export const TRANSITIONS: readonly Transition[] = [
  { ...plain, action: ItemAction.Submit, from: [ItemStatus.Draft], to: ItemStatus.Submitted, permission: AUTHOR, label: '报送', storesVersion: true, comment: toAuthors('说明') },
  { ...plain, action: ItemAction.Withdraw, from: [ItemStatus.Submitted], to: ItemStatus.Draft, permission: AUTHOR, label: '撤回', comment: toAuthors('说明') },
  { ...plain, action: ItemAction.Resubmit, from: [ItemStatus.Returned], to: ItemStatus.Submitted, permission: AUTHOR, label: '修改后重新报送', storesVersion: true, comment: toAuthors('说明') },
  { ...plain, action: ItemAction.Screen, from: [ItemStatus.Submitted], to: ItemStatus.Screening, permission: EDITOR, label: '阅选', notice: '稿件进入阅选', comment: withinDesk('编辑备注') },
  { ...plain, action: ItemAction.Assign, from: [ItemStatus.Screening, ItemStatus.Editing], to: null, permission: EDITOR, label: '改派', comment: withinDesk('编辑备注') },
  { ...plain, action: ItemAction.Accept, from: [ItemStatus.Screening], to: ItemStatus.Editing, permission: EDITOR, label: '采用', notice: '稿件已采用，进入编辑', comment: withinDesk('编辑备注') },
  {
    ...plain,
    action: ItemAction.Return,
    from: [ItemStatus.Screening, ItemStatus.Editing],
    to: ItemStatus.Returned,
    permission: EDITOR,
    label: '退回修改',
    requiresComment: true,
    notice: '稿件被退回修改',
    comment: toAuthors('退回意见'),
  },
  {
    ...plain,
    action: ItemAction.Reject,
    from: [ItemStatus.Submitted, ItemStatus.Screening, ItemStatus.Returned, ItemStatus.Editing, ItemStatus.InReview, ItemStatus.Approved],
    to: ItemStatus.Rejected,
    permission: EDITOR,
    label: '不予采用',
    requiresReason: true,
    notice: '稿件不予采用',
    // Authors see every outcome of their items (DESIGN.md): why it was not used is written to them.
    comment: toAuthors('说明'),
  },
  { ...plain, action: ItemAction.Edit, from: [ItemStatus.Editing], to: ItemStatus.Editing, permission: EDITOR, label: '编辑保存', storesVersion: true, comment: withinDesk('修改说明') },
  { ...plain, action: ItemAction.Propose, from: [ItemStatus.Editing], to: ItemStatus.InReview, permission: EDITOR, label: '提交审核', notice: '稿件已提交审核', comment: withinDesk('编辑说明') },
  { ...plain, action: ItemAction.Approve, from: [ItemStatus.InReview], to: ItemStatus.Approved, permission: CHIEF, label: '审核通过', notice: '稿件已审核通过', comment: withinDesk('审核意见') },
  {
    ...plain,
    action: ItemAction.SendBack,
    from: [ItemStatus.InReview],
    to: ItemStatus.Editing,
    permission: CHIEF,
    label: '退回编辑',
    requiresComment: true,
    comment: withinDesk('退回编辑意见'),
  },
  { ...plain, action: ItemAction.Merge, from: OPEN_AT_DESK, to: ItemStatus.Merged, permission: EDITOR, label: '综合', notice: '稿件已被综合', comment: toAuthors('综合说明') },
  // Only through a bulletin issue being published (libs/bulletins): the item goes out in that issue.
  { ...plain, action: ItemAction.Publish, from: [ItemStatus.Approved], to: ItemStatus.Published, permission: Permission.BulletinsEdit, label: '刊发', notice: '稿件已编发', comment: toAuthors('刊发说明') },
];

/** States in which the authors may still change the text. */
export const AUTHOR_EDITABLE: readonly ItemStatus[] = [ItemStatus.Draft, ItemStatus.Returned];

/** The Chinese name of a move (报送, 退回修改…). */
export const actionLabel = (action: ItemAction) => TRANSITIONS.find((t) => t.action === action)?.label ?? action;

/** The moves the table allows from `status`. */
export const allowedFrom = (status: ItemStatus): ItemAction[] => TRANSITIONS.filter((t) => t.from.includes(status)).map((t) => t.action);

/**
 * Who reads the comment of an event recorded for `action`: the table's audience for a move, the desk
 * for anything else recorded on the timeline (a ledger import's note).
 */
export const commentAudienceOf = (action: string): CommentAudience => TRANSITIONS.find((t) => t.action === action)?.comment.audience ?? CommentAudience.Desk;

/** What the comment of an event recorded for `action` is called (退回意见, 编辑说明…); none for what the table does not list. */
export const commentLabelOf = (action: string): string | undefined => TRANSITIONS.find((t) => t.action === action)?.comment.label;

/** The permission `action` needs, whatever the state: a move the role may not make is refused before its state is looked at. */
export const permissionFor = (action: ItemAction): Permission => TRANSITIONS.find((t) => t.action === action)!.permission;
