import { ItemAction } from '@sqmy/contract';
import type { DeskItem, ItemView, Wire } from '@sqmy/contract';
import { deskApi } from './desk-api';

type Target = Pick<Wire<DeskItem>, 'id' | 'version' | 'allowedMoves'>;

/**
 * 领取 / 分派给…: an item waiting for screening (the server allows 阅选) is screened with the editor as
 * assignee; one already on the desk (阅选中, 编辑中) is reassigned. `assigneeId` omitted: the caller.
 */
export function assignItem(item: Target, assigneeId: string | undefined, myId: string): Promise<Wire<ItemView>> {
  if (item.allowedMoves.includes(ItemAction.Screen)) return deskApi.screen(item.id, { assigneeId, version: item.version });
  return deskApi.assign(item.id, { assigneeId: assigneeId ?? myId, version: item.version });
}
