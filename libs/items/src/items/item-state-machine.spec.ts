import { AppError } from '@sqmy/http';
import { missingRequirements, transitionFor } from './item-state-machine';
import { allowedFrom, CommentAudience, commentAudienceOf, ItemAction, ItemStatus, Permission, permissionFor, TRANSITIONS } from '@sqmy/contract';

const refusal = (action: ItemAction, status: ItemStatus): AppError => {
  try {
    transitionFor(action, status);
  } catch (error) {
    return error as AppError;
  }
  throw new Error(`${action} from ${status} was allowed`);
};

describe('the state table (DESIGN.md: the item and its life)', () => {
  it('leads an item from draft through the desk to approved', () => {
    const path: [ItemAction, ItemStatus][] = [
      [ItemAction.Submit, ItemStatus.Submitted],
      [ItemAction.Screen, ItemStatus.Screening],
      [ItemAction.Accept, ItemStatus.Editing],
      [ItemAction.Edit, ItemStatus.Editing],
      [ItemAction.Propose, ItemStatus.InReview],
      [ItemAction.SendBack, ItemStatus.Editing],
      [ItemAction.Propose, ItemStatus.InReview],
      [ItemAction.Approve, ItemStatus.Approved],
    ];
    let status = ItemStatus.Draft;
    for (const [action, expected] of path) {
      status = transitionFor(action, status).to ?? status;
      expect(status).toBe(expected);
    }
  });

  it('returns go back to the authors, who resubmit; a withdrawn item is a draft again', () => {
    expect(transitionFor(ItemAction.Return, ItemStatus.Screening).to).toBe(ItemStatus.Returned);
    expect(transitionFor(ItemAction.Return, ItemStatus.Editing).to).toBe(ItemStatus.Returned);
    expect(transitionFor(ItemAction.Resubmit, ItemStatus.Returned).to).toBe(ItemStatus.Submitted);
    expect(transitionFor(ItemAction.Withdraw, ItemStatus.Submitted).to).toBe(ItemStatus.Draft);
  });

  it('rejects and merges from the open states only; an assignment keeps the state', () => {
    const open = [ItemStatus.Submitted, ItemStatus.Screening, ItemStatus.Editing, ItemStatus.InReview, ItemStatus.Approved];
    for (const status of open) expect(transitionFor(ItemAction.Merge, status).to).toBe(ItemStatus.Merged);
    for (const status of [...open, ItemStatus.Returned]) expect(transitionFor(ItemAction.Reject, status).to).toBe(ItemStatus.Rejected);
    for (const status of [ItemStatus.Draft, ItemStatus.Published, ItemStatus.Rejected, ItemStatus.Merged]) {
      expect(refusal(ItemAction.Reject, status).code).toBe('TRANSITION_NOT_ALLOWED');
      expect(refusal(ItemAction.Merge, status).code).toBe('TRANSITION_NOT_ALLOWED');
    }
    expect(refusal(ItemAction.Merge, ItemStatus.Returned).code).toBe('TRANSITION_NOT_ALLOWED');
    expect(transitionFor(ItemAction.Assign, ItemStatus.Editing).to).toBeNull();
  });

  it('a refusal is a 409 naming the state and the moves allowed from it', () => {
    const error = refusal(ItemAction.Approve, ItemStatus.Screening);
    expect(error.getStatus()).toBe(409);
    expect(error.message).toBe('稿件当前状态为“阅选中”，不能审核通过；可以：改派、采用、退回修改、不予采用、综合');
    expect(error.details).toEqual([{ field: 'status', message: '当前状态 screening，允许的操作：assign, accept, return, reject, merge' }]);
    expect(refusal(ItemAction.Screen, ItemStatus.Rejected).message).toBe('稿件当前状态为“不予采用”，不能阅选');
    expect(allowedFrom(ItemStatus.Published)).toEqual([]);
  });

  it('each move needs one permission: authors write, editors screen, chief editors review', () => {
    expect(permissionFor(ItemAction.Submit)).toBe(Permission.ItemsWrite);
    for (const action of [ItemAction.Screen, ItemAction.Assign, ItemAction.Accept, ItemAction.Return, ItemAction.Reject, ItemAction.Edit, ItemAction.Propose, ItemAction.Merge]) {
      expect(permissionFor(action)).toBe(Permission.ItemsScreen);
    }
    expect(permissionFor(ItemAction.Approve)).toBe(Permission.ItemsReview);
    expect(permissionFor(ItemAction.SendBack)).toBe(Permission.ItemsReview);
    expect(permissionFor(ItemAction.Publish)).toBe(Permission.BulletinsEdit);
    for (const action of Object.values(ItemAction)) {
      expect(new Set(TRANSITIONS.filter((t) => t.action === action).map((t) => t.permission)).size).toBe(1);
    }
  });

  it('publishes approved items only (a bulletin issue going out), and nothing leaves published', () => {
    expect(transitionFor(ItemAction.Publish, ItemStatus.Approved).to).toBe(ItemStatus.Published);
    for (const status of [ItemStatus.InReview, ItemStatus.Editing, ItemStatus.Published, ItemStatus.Rejected]) {
      expect(refusal(ItemAction.Publish, status).code).toBe('TRANSITION_NOT_ALLOWED');
    }
    expect(allowedFrom(ItemStatus.Approved)).toEqual([ItemAction.Reject, ItemAction.Merge, ItemAction.Publish]);
  });

  it('no two rows make the same move from the same state', () => {
    const pairs = TRANSITIONS.flatMap((t) => t.from.map((from) => `${t.action}:${from}`));
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('stores a version on submit, resubmit and edit only', () => {
    expect(TRANSITIONS.filter((t) => t.storesVersion).map((t) => t.action)).toEqual([ItemAction.Submit, ItemAction.Resubmit, ItemAction.Edit]);
  });
});

describe('missingRequirements', () => {
  const move = (action: ItemAction, from: ItemStatus) => transitionFor(action, from);

  it('a return and a send-back need a comment that is not blank', () => {
    expect(missingRequirements(move(ItemAction.Return, ItemStatus.Screening), { comment: ' \n ' })).toEqual([{ field: 'comment', message: '退回修改须填写意见' }]);
    expect(missingRequirements(move(ItemAction.SendBack, ItemStatus.InReview), {})).toEqual([{ field: 'comment', message: '退回编辑须填写意见' }]);
    expect(missingRequirements(move(ItemAction.Return, ItemStatus.Screening), { comment: '请补充数据来源' })).toEqual([]);
  });

  it('a reject needs a reason, and a comment when the reason asks for one (其他)', () => {
    const reject = move(ItemAction.Reject, ItemStatus.Submitted);
    expect(missingRequirements(reject, {})).toEqual([{ field: 'reasonCode', message: '请选择不予采用的理由' }]);
    expect(missingRequirements(reject, { reasonCode: 'petition' })).toEqual([]);
    expect(missingRequirements(reject, { reasonCode: 'other' }, true)).toEqual([{ field: 'comment', message: '不予采用须填写意见' }]);
    expect(missingRequirements(reject, { reasonCode: 'other', comment: '与本地无关' }, true)).toEqual([]);
  });

  it('other moves need nothing', () => {
    expect(missingRequirements(move(ItemAction.Accept, ItemStatus.Screening), {})).toEqual([]);
  });

  it('says who reads each move’s comment: the authors hear a return, a reject, a merge and a 编发; the desk keeps the rest', () => {
    const toAuthors = TRANSITIONS.filter((t) => t.comment.audience === CommentAudience.Author).map((t) => t.action);
    expect(toAuthors).toEqual([ItemAction.Submit, ItemAction.Withdraw, ItemAction.Resubmit, ItemAction.Return, ItemAction.Reject, ItemAction.Merge, ItemAction.Publish]);
    expect([ItemAction.Propose, ItemAction.SendBack, ItemAction.Approve, ItemAction.Accept].map(commentAudienceOf)).toEqual(Array(4).fill(CommentAudience.Desk));
    expect(commentAudienceOf('ledger_import')).toBe(CommentAudience.Desk);
    expect(move(ItemAction.Publish, ItemStatus.Approved).comment.label).toBe('刊发说明');
  });
});
