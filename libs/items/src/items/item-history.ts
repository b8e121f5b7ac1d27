import { CommentAudience, ItemStatus } from '@sqmy/contract';
import { sql } from '@sqmy/database';

/** A full text of an item stored by a move (item_version). */
export interface VersionRow {
  itemId: string;
  no: number;
  title: string;
  body: string;
  createdById: string;
  /** The move that stored it: `submit`, `merge`, `ledger_import`… */
  reason: string;
  /** Now, unless the text is older than its record (a ledger's 来稿日期). */
  createdAt?: Date;
}

/** A move on an item's timeline (item_event). */
export interface EventRow {
  itemId: string;
  actorId: string;
  action: string;
  fromStatus: ItemStatus | null;
  toStatus: ItemStatus;
  comment: string | null;
  reasonCode: string | null;
  commentAudience: CommentAudience;
}

/**
 * The one way moves are recorded: the versions they stored and their events, set-based (the
 * same text for any number of rows), as statements of their own or queries of a data-modifying WITH.
 */
export const insertVersions = (rows: readonly VersionRow[]) =>
  sql`INSERT INTO item_version (item_id, no, title, body, created_by_id, reason, created_at)
      SELECT item_id, no, title, body, created_by_id, reason, coalesce(created_at, now())
        FROM unnest(${rows.map((v) => v.itemId)}::uuid[], ${rows.map((v) => v.no)}::int[],
                    ${rows.map((v) => v.title)}::text[], ${rows.map((v) => v.body)}::text[],
                    ${rows.map((v) => v.createdById)}::uuid[], ${rows.map((v) => v.reason)}::text[],
                    ${rows.map((v) => v.createdAt ?? null)}::timestamptz[])
             AS v(item_id, no, title, body, created_by_id, reason, created_at)`;

export const insertEvents = (rows: readonly EventRow[]) =>
  sql`INSERT INTO item_event (item_id, actor_id, action, from_status, to_status, comment, reason_code, comment_audience)
      SELECT * FROM unnest(${rows.map((e) => e.itemId)}::uuid[], ${rows.map((e) => e.actorId)}::uuid[],
                           ${rows.map((e) => e.action)}::text[], ${rows.map((e) => e.fromStatus)}::text[],
                           ${rows.map((e) => e.toStatus)}::text[], ${rows.map((e) => e.comment)}::text[],
                           ${rows.map((e) => e.reasonCode)}::text[], ${rows.map((e) => e.commentAudience)}::text[])`;
