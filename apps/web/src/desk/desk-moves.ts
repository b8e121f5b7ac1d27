import { ItemAction } from '@sqmy/contract';

/** The desk's buttons on an item, in their order (`move-<name>` in the page). */
export type DeskMove = 'screen' | 'assign' | 'accept' | 'return' | 'reject' | 'edit' | 'propose' | 'approve' | 'sendBack';

/** The server's moves each button makes; 分派给… screens an item still waiting for screening (see assign-moves.ts). */
const MAKES: Record<DeskMove, readonly ItemAction[]> = {
  screen: [ItemAction.Screen],
  assign: [ItemAction.Assign, ItemAction.Screen],
  accept: [ItemAction.Accept],
  return: [ItemAction.Return],
  reject: [ItemAction.Reject],
  edit: [ItemAction.Edit],
  propose: [ItemAction.Propose],
  approve: [ItemAction.Approve],
  sendBack: [ItemAction.SendBack],
};

/** The buttons the server's `allowedMoves` open: the server decides, the desk only offers it. */
export const deskMovesOf = (allowed: readonly ItemAction[]): DeskMove[] =>
  (Object.keys(MAKES) as DeskMove[]).filter((move) => MAKES[move].some((action) => allowed.includes(action)));
