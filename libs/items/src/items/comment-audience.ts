import { AccessPolicy, Permission, Principal } from '@sqmy/accounts';

/**
 * Who reads the comment that comes with a move (DESIGN.md, "Who may read what"). Stored on every
 * audit event (`item_event.comment_audience`): never rename a value.
 */
export enum CommentAudience {
  /** Written to the authors, or by them: the authors and their unit's liaison read it, as the desk does. */
  Author = 'author',
  /** The desk's own note (to a colleague, to the chief editor, back to the editor): read only at the item's desk. */
  Desk = 'desk',
}

/**
 * The committee whose desk `principal` reads an item's comments for, or null for anyone else (authors,
 * unit liaisons): a desk-internal comment is shown only to the desk of the item's own committee.
 */
export const deskCommitteeOf = (policy: AccessPolicy, principal: Principal): string | null =>
  policy.can(principal, Permission.DeskRead) ? principal.committeeId : null;
