import type { Role } from '../api/types';
import type { ItemStatus } from '../items/types';

/**
 * The desk's moves and the states each starts from (the server's transition table decides;
 * the screens only offer what it would allow). `editor`: the research center's editors;
 * `chief`: the chief editor's review.
 */
export type DeskMove = 'screen' | 'assign' | 'accept' | 'return' | 'reject' | 'edit' | 'propose' | 'approve' | 'sendBack';

const FROM: Record<DeskMove, readonly ItemStatus[]> = {
  screen: ['submitted'],
  /** A submitted item is assigned by screening it for that editor (see assign-moves.ts). */
  assign: ['submitted', 'screening', 'editing'],
  accept: ['screening'],
  return: ['screening', 'editing'],
  reject: ['submitted', 'screening', 'returned', 'editing', 'in_review', 'approved'],
  edit: ['editing'],
  propose: ['editing'],
  approve: ['in_review'],
  sendBack: ['in_review'],
};

const CHIEF_MOVES: readonly DeskMove[] = ['approve', 'sendBack'];

/** Originals a merge (综合) may take. */
export const MERGEABLE: readonly ItemStatus[] = ['submitted', 'screening', 'editing', 'in_review', 'approved'];

export const isEditor = (roles: readonly Role[]) => roles.includes('editor');
export const isChiefEditor = (roles: readonly Role[]) => roles.includes('chief_editor');

export function canMove(move: DeskMove, status: ItemStatus, roles: readonly Role[]): boolean {
  const allowed = CHIEF_MOVES.includes(move) ? isChiefEditor(roles) : isEditor(roles);
  return allowed && FROM[move].includes(status);
}

/** The moves open to these roles in this state. */
export function movesFor(status: ItemStatus, roles: readonly Role[]): DeskMove[] {
  return (Object.keys(FROM) as DeskMove[]).filter((move) => canMove(move, status, roles));
}
