import { AccessPolicy, Principal, ScopeTarget } from '@sqmy/accounts';
import { allowedFrom, ItemAction, ItemStatus, permissionFor } from '@sqmy/contract';

/** Publishing moves an item only with its issue (libs/bulletins), never by a move of its own. */
const WITH_ITS_ISSUE: readonly ItemAction[] = [ItemAction.Publish];

/** Where an item sits for the access check: as `itemInParam` finds it for a move's route. */
export interface ItemPlace {
  status: ItemStatus;
  /** Path of the item's unit. */
  unitPath: string;
  authorIds: readonly string[];
  committeeId: string;
}

/**
 * The moves `principal` may make on the item now (its view's `allowedMoves`): those TRANSITIONS allows
 * from its state whose permission the caller holds on the item — the check of the move's route
 * (`@Access(permissionFor(action), itemInParam)`) and of ItemTransitionsService.plan, made in advance.
 */
export function allowedMoves(policy: AccessPolicy, principal: Principal, item: ItemPlace): ItemAction[] {
  const target: ScopeTarget = { organisationPath: item.unitPath, ownerIds: item.authorIds, committeeId: item.committeeId };
  return allowedFrom(item.status).filter((action) => !WITH_ITS_ISSUE.includes(action) && policy.can(principal, permissionFor(action), target));
}
