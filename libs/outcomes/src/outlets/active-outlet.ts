import { AppError } from '@sqmy/http';
import { EntityManager } from 'typeorm';
import { ErrorCode } from '@sqmy/contract';
import { Outlet } from './outlet.entity';

/** The outlet a new record names: it must exist and be in use (422 otherwise, naming the field). */
export async function activeOutlet(manager: EntityManager, id: string, field = 'outletId'): Promise<Outlet> {
  const outlet = await manager.findOneBy(Outlet, { id });
  if (!outlet) throw AppError.unprocessable(ErrorCode.InvalidReference, '没有这个报送渠道', [{ field, message: '报送渠道不存在' }]);
  if (!outlet.active) throw AppError.unprocessable(ErrorCode.InvalidReference, `报送渠道“${outlet.name}”已停用`, [{ field, message: '报送渠道已停用' }]);
  return outlet;
}
