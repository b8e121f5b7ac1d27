import { asApiError } from '../api/client';

/** Runs a move; on 409 (someone moved the item first) calls `onConflict` — say, to load the item afresh — and rethrows for the message. */
export type ConflictGuard = <T>(work: () => Promise<T>) => Promise<T>;

export function conflictGuard(onConflict: () => void): ConflictGuard {
  return async (work) => {
    try {
      return await work();
    } catch (error) {
      if (asApiError(error).status === 409) onConflict();
      throw error;
    }
  };
}

/** No guard: the move's error is only shown. */
export const unguarded: ConflictGuard = (work) => work();
