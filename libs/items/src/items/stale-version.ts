import { AppError } from '@sqmy/http';
import { EntityManager } from 'typeorm';
import { ErrorCode } from '@sqmy/contract';
import { Item } from './item.entity';

/** The 409 for a write based on an old read: it names who changed the item last, and when. */
export async function staleVersion(manager: EntityManager, item: Item): Promise<AppError> {
  const [who] = await manager.query<{ name: string }[]>('SELECT name FROM app_user WHERE id = $1', [item.updatedById ?? item.leadAuthorId]);
  const when = item.updatedAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' });
  return AppError.conflict(ErrorCode.StaleVersion, `稿件已被${who?.name ?? '他人'}于 ${when} 修改，请刷新后再改`, [
    { field: 'version', message: `当前版本为 ${item.version}` },
  ]);
}
