import { ItemStatus } from '@sqmy/contract';
import { Sql, sql } from '@sqmy/database';
import { insertJobs, JobRequest } from '@sqmy/queue';
import { EntityManager } from 'typeorm';
import { EventRow, insertEvents, insertVersions, VersionRow } from './item-history';

/** A new item as its creator writes it: the informant's draft or submit, the desk's merge, a ledger's row. */
export interface NewItem {
  id: string;
  committeeId: string;
  unitId: string;
  title: string;
  body: string;
  categoryCode: string | null;
  topicId: string | null;
  commissionId: string | null;
  status: ItemStatus;
  assigneeId: string | null;
  versionNo: number;
  submittedAt: Date | null;
  updatedById: string | null;
  /** Now, unless the item is older than its record (a ledger's 来稿日期); `statusChangedAt` likewise. */
  createdAt?: Date;
  statusChangedAt?: Date;
  ledgerNo?: string;
  ledgerNote?: string | null;
  /** The lead author first, then the co-authors (联名) in order. */
  authorIds: string[];
  /** The text its creation stored, if it stored one (a draft does not). */
  version: VersionRow | null;
  /** Its creation on its timeline, if it was a move (a draft's is not). */
  event: EventRow | null;
}

/**
 * The one writer of new items: the items, their authors, their first versions and events, and the
 * jobs their creation starts, as the queries of a data-modifying WITH — one statement, the same
 * text for any number of items. In the statement the rows written read as `item`, `authors`,
 * `version` and `event` (for the informant's create, which answers the new item's page with them).
 */
export function itemWrites(items: readonly NewItem[], jobs: readonly JobRequest[]): Sql {
  const authors = items.flatMap((item) => item.authorIds.map((userId, position) => ({ itemId: item.id, userId, position })));
  return sql`item AS (
      INSERT INTO item (id, committee_id, unit_id, lead_author_id, title, body, category_code, topic_id, commission_id, status,
                        status_changed_at, assignee_id, version_no, version, submitted_at, updated_by_id, ledger_no, ledger_note, created_at)
      SELECT id, committee_id, unit_id, lead_author_id, title, body, category_code, topic_id, commission_id, status,
             coalesce(status_changed_at, now()), assignee_id, version_no, 1, submitted_at, updated_by_id, ledger_no, ledger_note, coalesce(created_at, now())
        FROM unnest(${items.map((i) => i.id)}::uuid[], ${items.map((i) => i.committeeId)}::uuid[], ${items.map((i) => i.unitId)}::uuid[],
                    ${items.map((i) => i.authorIds[0])}::uuid[], ${items.map((i) => i.title)}::text[], ${items.map((i) => i.body)}::text[],
                    ${items.map((i) => i.categoryCode)}::text[], ${items.map((i) => i.topicId)}::uuid[], ${items.map((i) => i.commissionId)}::uuid[],
                    ${items.map((i) => i.status)}::text[], ${items.map((i) => i.statusChangedAt ?? null)}::timestamptz[],
                    ${items.map((i) => i.assigneeId)}::uuid[], ${items.map((i) => i.versionNo)}::int[],
                    ${items.map((i) => i.submittedAt)}::timestamptz[], ${items.map((i) => i.updatedById)}::uuid[],
                    ${items.map((i) => i.ledgerNo ?? null)}::text[], ${items.map((i) => i.ledgerNote ?? null)}::text[],
                    ${items.map((i) => i.createdAt ?? null)}::timestamptz[])
             AS t(id, committee_id, unit_id, lead_author_id, title, body, category_code, topic_id, commission_id, status,
                  status_changed_at, assignee_id, version_no, submitted_at, updated_by_id, ledger_no, ledger_note, created_at)
      RETURNING *
    ), authors AS (
      INSERT INTO item_author (item_id, user_id, position)
      SELECT * FROM unnest(${authors.map((a) => a.itemId)}::uuid[], ${authors.map((a) => a.userId)}::uuid[], ${authors.map((a) => a.position)}::int[])
      RETURNING *
    ), version AS (
      ${insertVersions(items.flatMap((item) => (item.version ? [item.version] : [])))} RETURNING *
    ), event AS (
      ${insertEvents(items.flatMap((item) => (item.event ? [item.event] : [])))} RETURNING *
    ), jobs AS (
      ${insertJobs(jobs)}
    )`;
}

/** Writes new items (see itemWrites) inside the caller's transaction. */
export async function writeItems(manager: EntityManager, items: readonly NewItem[], jobs: readonly JobRequest[] = []): Promise<void> {
  if (items.length === 0) return;
  const statement = sql`WITH ${itemWrites(items, jobs)} SELECT count(*) FROM item`;
  await manager.query(statement.text, statement.values);
}
