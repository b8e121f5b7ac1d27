import { AccessPolicy, Principal } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';

/**
 * The committee whose desk `principal` reads an item's comments for, or null for anyone else (authors,
 * unit liaisons): a desk-internal comment is shown only to the desk of the item's own committee.
 */
export const deskCommitteeOf = (policy: AccessPolicy, principal: Principal): string | null =>
  policy.can(principal, Permission.DeskRead) ? principal.committeeId : null;
