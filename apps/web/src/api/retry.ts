/** How long one call keeps retrying while the API is away before it gives up (the session stays either way). */
export const RETRY_FOR_MS = 60_000;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 15_000;

/**
 * Answers that say "not now" rather than "no": the API could not reach its database (503), a proxy
 * found no API (502, 504), or the network did not carry the request (status 0).
 */
export const isOutage = (status: number): boolean => status === 0 || status === 502 || status === 503 || status === 504;

/** A request that may be sent again after its answer was lost: it reads, or it carries an Idempotency-Key. */
export const isSafeToResend = (method: string, headers: Record<string, string> = {}): boolean =>
  method === 'GET' || method === 'HEAD' || Object.keys(headers).some((name) => name.toLowerCase() === 'idempotency-key');

/** The wait before the next try: the API's Retry-After when it gave one, else 1 s, 2 s, 4 s… at most 15 s. */
export function retryDelay(attempt: number, retryAfter: string | null): number {
  const seconds = retryAfter === null ? NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(MAX_DELAY_MS, seconds * 1000);
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (attempt - 1));
}
