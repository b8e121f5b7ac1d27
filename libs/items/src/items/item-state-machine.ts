import { actionLabel, allowedFrom, ErrorCode, ErrorDetail, ITEM_STATUS_LABELS, ItemAction, ItemStatus, Transition, TRANSITIONS } from '@sqmy/contract';
import { AppError } from '@sqmy/http';

/** The transition `action` makes from `status`, or a 409 naming the state and the moves allowed from it. */
export function transitionFor(action: ItemAction, status: ItemStatus): Transition {
  const transition = TRANSITIONS.find((t) => t.action === action && t.from.includes(status));
  if (transition) return transition;
  const allowed = allowedFrom(status);
  throw AppError.conflict(
    ErrorCode.TransitionNotAllowed,
    `稿件当前状态为“${ITEM_STATUS_LABELS[status]}”，不能${actionLabel(action)}` + (allowed.length ? `；可以：${allowed.map(actionLabel).join('、')}` : ''),
    [{ field: 'status', message: `当前状态 ${status}，允许的操作：${allowed.join(', ') || '无'}` }],
  );
}

/** What comes with a move besides the action. */
export interface MoveInput {
  comment?: string;
  reasonCode?: string;
  /** The item's `version` the caller read; a stale one is refused. */
  version?: number;
}

/**
 * What a move lacks: a comment it requires, a reason it requires, or the comment the chosen reason
 * requires (`other` needs words). `reasonNeedsComment` is the reason's own rule from `reject_reason`.
 */
export function missingRequirements(transition: Transition, input: MoveInput, reasonNeedsComment = false): ErrorDetail[] {
  const blankComment = !input.comment?.trim();
  const problems: ErrorDetail[] = [];
  if (transition.requiresReason && !input.reasonCode) problems.push({ field: 'reasonCode', message: '请选择不予采用的理由' });
  if (blankComment && (transition.requiresComment || (transition.requiresReason && reasonNeedsComment))) {
    problems.push({ field: 'comment', message: `${transition.label}须填写意见` });
  }
  return problems;
}
