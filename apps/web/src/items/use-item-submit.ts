import { useCallback, useRef } from 'react';
import type { ItemView, Wire } from '@sqmy/contract';
import { newIdempotencyKey } from '../api/idempotency';
import { itemsApi } from './items-api';

/**
 * 报送 with an Idempotency-Key per intent: a retry after a failure (say, a lost answer) sends the
 * same key, so the server never submits twice; after a success the next submit gets a new key.
 */
export function useItemSubmit(): (id: string) => Promise<Wire<ItemView>> {
  const keyRef = useRef<string | null>(null);
  return useCallback(async (id: string) => {
    keyRef.current ??= newIdempotencyKey();
    const item = await itemsApi.submit(id, keyRef.current);
    keyRef.current = null;
    return item;
  }, []);
}
