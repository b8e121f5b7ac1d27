import { ItemStatus, Role } from '@sqmy/contract';

/**
 * The desk's moves and the states each starts from (the server's transition table decides;
 * the screens only offer what it would allow). `editor`: the research center's editors;
 * `chief`: the chief editor's review.
 */
export type DeskMove = 'screen' | 'assign' | 'accept' | 'return' | 'reject' | 'edit' | 'propose' | 'approve' | 'sendBack';

const FROM: Record<DeskMove, readonly ItemStatus[]> = {
  screen: [ItemStatus.Submitted],
  /** A submitted item is assigned by screening it for that editor (see assign-moves.ts). */
  assign: [ItemStatus.Submitted, ItemStatus.Screening, ItemStatus.Editing],
  accept: [ItemStatus.Screening],
  return: [ItemStatus.Screening, ItemStatus.Editing],
  reject: [ItemStatus.Submitted, ItemStatus.Screening, ItemStatus.Returned, ItemStatus.Editing, ItemStatus.InReview, ItemStatus.Approved],
  edit: [ItemStatus.Editing],
  propose: [ItemStatus.Editing],
  approve: [ItemStatus.InReview],
  sendBack: [ItemStatus.InReview],
};

const CHIEF_MOVES: readonly DeskMove[] = ['approve', 'sendBack'];

/** Originals a merge (综合) may take. */
export const MERGEABLE: readonly ItemStatus[] = [ItemStatus.Submitted, ItemStatus.Screening, ItemStatus.Editing, ItemStatus.InReview, ItemStatus.Approved];

export const isEditor = (roles: readonly Role[]) => roles.includes(Role.Editor);
export const isChiefEditor = (roles: readonly Role[]) => roles.includes(Role.ChiefEditor);

export function canMove(move: DeskMove, status: ItemStatus, roles: readonly Role[]): boolean {
  const allowed = CHIEF_MOVES.includes(move) ? isChiefEditor(roles) : isEditor(roles);
  return allowed && FROM[move].includes(status);
}

/** The moves open to these roles in this state. */
export function movesFor(status: ItemStatus, roles: readonly Role[]): DeskMove[] {
  return (Object.keys(FROM) as DeskMove[]).filter((move) => canMove(move, status, roles));
}
