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
