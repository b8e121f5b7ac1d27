import { Principal } from '@sqmy/accounts';
import { ErrorCode, ITEM_STATUS_LABELS, ItemStatus } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { Item } from '@sqmy/items';
import { EntityManager, In } from 'typeorm';

/** What is being recorded on items: a report (报送), or what came of an item (an adoption, a 批示). */
export type Recording = 'report' | 'outcome';

/** Items a record may not name: a draft was never sent; a rejected or merged item is not reported up. */
const REFUSED: Record<Recording, readonly ItemStatus[]> = {
  report: [ItemStatus.Draft, ItemStatus.Rejected, ItemStatus.Merged],
  outcome: [ItemStatus.Draft],
};

/** The desk records outcomes of its own committee's items only (a county committee keeps its own). */
export function assertOwnCommittee(principal: Principal, committeeId: string, what = '稿件'): void {
  if (committeeId !== principal.committeeId) throw new AppError(403, ErrorCode.OutOfScope, `该${what}属于另一个委员会，不能在此登记`);
}

/**
 * Locks the items a record names, in id order (two bulk calls never deadlock), and checks each:
 * it exists, it is the caller's committee's, its status allows the record. Any failure refuses all.
 * Answers the items in the order of `ids`.
 */
export async function lockRecordableItems(manager: EntityManager, principal: Principal, ids: string[], recording: Recording, field = 'itemIds'): Promise<Item[]> {
  const wanted = [...new Set(ids)];
  const items = await manager.find(Item, { where: { id: In(wanted) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  const byId = new Map(items.map((item) => [item.id, item]));
  const missing = wanted.filter((id) => !byId.has(id));
  if (missing.length) throw new AppError(404, ErrorCode.NotFound, '稿件不存在', missing.map((id) => ({ field, message: `稿件 ${id} 不存在` })));
  for (const item of items) assertOwnCommittee(principal, item.committeeId);
  const refused = items.filter((item) => REFUSED[recording].includes(item.status));
  if (refused.length) {
    const what = recording === 'report' ? '报送' : '登记采用或批示';
    throw AppError.conflict(
      ErrorCode.ItemNotReportable,
      `${refused.map((item) => `《${item.title}》为“${ITEM_STATUS_LABELS[item.status]}”`).join('，')}，不能${what}`,
      refused.map((item) => ({ field, message: `《${item.title}》：${ITEM_STATUS_LABELS[item.status]}` })),
    );
  }
  return wanted.map((id) => byId.get(id)!);
}
