import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { Principal } from '@sqmy/accounts';
import { AppError } from '@sqmy/http';
import { EntityManager } from 'typeorm';
import { ErrorCode } from '@sqmy/contract';
import { AdoptionEvent } from '../adoption-event.entity';
import { assertOwnCommittee } from '../recording/recordable-items';

/** Adoption events are numbered (bigint), not UUIDs: anything else is a 400 naming the parameter. */
@Injectable()
export class ParseAdoptionIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (/^[1-9]\d{0,17}$/.test(value)) return value;
    const field = metadata.data ?? 'id';
    throw AppError.badRequest(ErrorCode.InvalidId, `${field} 不是有效的编号`, [{ field, message: '应为数字编号' }]);
  }
}

/**
 * Locks an adoption event for a change by the desk of the item's committee. (Its id is no UUID, so
 * the route's access rule cannot look its scope up; the committee is checked here.)
 */
export async function lockAdoption(manager: EntityManager, principal: Principal, id: string): Promise<AdoptionEvent> {
  const event = await manager.findOne(AdoptionEvent, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!event) throw AppError.notFound('采用记录', 'id');
  const [item] = await manager.query<{ committee_id: string }[]>('SELECT committee_id FROM item WHERE id = $1', [event.itemId]);
  assertOwnCommittee(principal, item.committee_id);
  return event;
}
