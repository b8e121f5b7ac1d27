import { AppError } from '@sqmy/http';
import { EntityManager } from 'typeorm';
import { ErrorCode } from '@sqmy/contract';
import { IdempotencyKey } from './idempotency-key.entity';

/**
 * Claims `key` for this request inside its transaction. Returns null when the request is new, or
 * the item id of the earlier request with the same key (the caller answers with it and changes
 * nothing). A concurrent twin waits on the unique key until the first commits, then sees it.
 */
export async function claimIdempotencyKey(
  manager: EntityManager,
  claim: { userId: string; key: string; scope: string; itemId: string },
): Promise<string | null> {
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(IdempotencyKey)
    .values(claim)
    .orIgnore()
    .returning('item_id')
    .execute();
  if (inserted.raw.length > 0) return null;
  const earlier = await manager.findOneByOrFail(IdempotencyKey, { userId: claim.userId, key: claim.key });
  if (earlier.scope !== claim.scope) {
    throw AppError.unprocessable(ErrorCode.IdempotencyKeyReused, 'Idempotency-Key 已用于另一个请求，请换一个', [{ field: 'Idempotency-Key', message: '已用于另一个请求' }]);
  }
  return earlier.itemId;
}

/** Validates the header: absent, or 8–100 visible ASCII characters. */
export function idempotencyKeyOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!/^[\x21-\x7e]{8,100}$/.test(header)) {
    throw AppError.badRequest(ErrorCode.InvalidIdempotencyKey, 'Idempotency-Key 应为 8–100 个可见 ASCII 字符', [{ field: 'Idempotency-Key', message: '格式无效' }]);
  }
  return header;
}
