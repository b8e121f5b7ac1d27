import { AppError } from '@sqmy/http';
import { EntityManager } from 'typeorm';
import { Item } from './item.entity';

/**
 * Locks the item for a change inside the caller's transaction. Who may change it was decided by
 * the route's access rule (e.g. `@Access(Permission.ItemsWrite, itemInParam)`).
 */
export async function lockItem(manager: EntityManager, id: string): Promise<Item> {
  const item = await manager.findOne(Item, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!item) throw AppError.notFound('稿件');
  return item;
}
