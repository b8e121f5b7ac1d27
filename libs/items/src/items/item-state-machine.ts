import { AppError } from '@sqmy/http';
import { ITEM_STATUS_LABELS, ItemStatus } from './item-status';

/** Every move an item can make. The desk issue adds screening, editing, review and their moves here. */
export enum ItemAction {
  Submit = 'submit',
  Withdraw = 'withdraw',
  Resubmit = 'resubmit',
}

/** Who may make a move: the item's authors (or their unit's liaison), or the research center. */
export type Actor = 'author';

export interface Transition {
  action: ItemAction;
  from: readonly ItemStatus[];
  to: ItemStatus;
  by: Actor;
  label: string;
  /** A new full version of the text is stored with the move. */
  storesVersion: boolean;
}

/** The state machine of DESIGN.md in one table: from, to, who may, what it requires. */
export const TRANSITIONS: readonly Transition[] = [
  { action: ItemAction.Submit, from: [ItemStatus.Draft], to: ItemStatus.Submitted, by: 'author', label: '报送', storesVersion: true },
  { action: ItemAction.Withdraw, from: [ItemStatus.Submitted], to: ItemStatus.Draft, by: 'author', label: '撤回', storesVersion: false },
  { action: ItemAction.Resubmit, from: [ItemStatus.Returned], to: ItemStatus.Submitted, by: 'author', label: '修改后重新报送', storesVersion: true },
];

/** States in which the authors may still change the text. */
export const AUTHOR_EDITABLE: readonly ItemStatus[] = [ItemStatus.Draft, ItemStatus.Returned];

/** The transition `action` makes from `status`, or a 409 naming the state and the moves allowed from it. */
export function transitionFor(action: ItemAction, status: ItemStatus): Transition {
  const transition = TRANSITIONS.find((t) => t.action === action && t.from.includes(status));
  if (transition) return transition;
  const allowed = TRANSITIONS.filter((t) => t.from.includes(status)).map((t) => t.action);
  throw AppError.conflict(
    'TRANSITION_NOT_ALLOWED',
    `稿件当前状态为“${ITEM_STATUS_LABELS[status]}”，不能${TRANSITIONS.find((t) => t.action === action)?.label ?? action}` +
      (allowed.length ? `；可以：${allowed.map((a) => TRANSITIONS.find((t) => t.action === a)!.label).join('、')}` : ''),
    [{ field: 'status', message: `当前状态 ${status}，允许的操作：${allowed.join(', ') || '无'}` }],
  );
}
