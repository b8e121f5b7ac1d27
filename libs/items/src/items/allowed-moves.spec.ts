import { AccessPolicy, Principal } from '@sqmy/accounts';
import { ItemAction, ItemStatus, Role } from '@sqmy/contract';
import { allowedMoves, ItemPlace } from './allowed-moves';

const policy = new AccessPolicy();
const person = (id: string, roles: Role[], committeeId = 'jinzhong'): Principal => ({
  id,
  sessionId: 's',
  roles,
  organisationId: roles.includes(Role.Informant) ? 'unit' : committeeId,
  organisationPath: roles.includes(Role.Informant) ? `/shanxi/${committeeId}/unit/` : `/shanxi/${committeeId}/`,
  committeeId,
  committeePath: `/shanxi/${committeeId}/`,
});
const item = (status: ItemStatus): ItemPlace => ({ status, unitPath: '/shanxi/jinzhong/unit/', authorIds: ['author'], committeeId: 'jinzhong' });

describe('the moves an item offers its reader', () => {
  it('the author moves their own item, nobody else’s', () => {
    expect(allowedMoves(policy, person('author', [Role.Informant]), item(ItemStatus.Draft))).toEqual([ItemAction.Submit]);
    expect(allowedMoves(policy, person('other', [Role.Informant]), item(ItemStatus.Draft))).toEqual([]);
  });

  it('the editor makes the desk’s moves, the chief editor the review’s; publishing is left to the issue', () => {
    expect(allowedMoves(policy, person('editor', [Role.Editor]), item(ItemStatus.InReview))).toEqual([ItemAction.Reject, ItemAction.Merge]);
    expect(allowedMoves(policy, person('chief', [Role.ChiefEditor]), item(ItemStatus.InReview))).toEqual([ItemAction.Approve, ItemAction.SendBack]);
    expect(allowedMoves(policy, person('editor', [Role.Editor]), item(ItemStatus.Approved))).toEqual([ItemAction.Reject, ItemAction.Merge]);
  });

  it('another committee’s desk moves nothing', () => {
    expect(allowedMoves(policy, person('editor', [Role.Editor], 'taiyuan'), item(ItemStatus.Submitted))).toEqual([]);
  });

  it('a closed item offers no move', () => {
    expect(allowedMoves(policy, person('editor', [Role.Editor]), item(ItemStatus.Rejected))).toEqual([]);
  });
});
