import { JobName, JobRequest } from '@sqmy/queue';
import { EntityManager } from 'typeorm';

/** What the authors of one item are told. */
export interface AuthorNotice {
  itemId: string;
  title: string;
  body: string;
}

/**
 * The authors of each item (except whoever recorded it) hear of what came of their item: one
 * notify job per item, to be written to the outbox with the record.
 */
export async function authorNotices(manager: EntityManager, notices: AuthorNotice[], actorId: string): Promise<JobRequest[]> {
  if (notices.length === 0) return [];
  const rows = await manager.query<{ item_id: string; user_ids: string[] }[]>(
    'SELECT item_id, array_agg(user_id ORDER BY position) AS user_ids FROM item_author WHERE item_id = ANY($1::uuid[]) GROUP BY item_id',
    [notices.map((n) => n.itemId)],
  );
  const authors = new Map(rows.map((row) => [row.item_id, row.user_ids.filter((id) => id !== actorId)]));
  return notices
    .filter((notice) => authors.get(notice.itemId)?.length)
    .map((notice) => ({
      name: JobName.NotifyUsers,
      payload: { userIds: authors.get(notice.itemId)!, title: notice.title, body: notice.body, link: `/my-items/${notice.itemId}` },
    }));
}
