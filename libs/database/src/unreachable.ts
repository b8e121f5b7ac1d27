/** Socket errors of a connection attempt or of a connection that broke. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** PostgreSQL's admin_shutdown, crash_shutdown, cannot_connect_now; class 08 is "connection exception". */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03']);
/** node-postgres reports a broken connection or an exhausted connect timeout without a code. */
const DRIVER_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|connection error and is not queryable|Client was closed/i;

interface Cause {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/**
 * True when the error says PostgreSQL could not be reached (refused, terminated, shutting down,
 * no connection within the pool's timeout) rather than that it refused this statement. Looks
 * through TypeORM's QueryFailedError (`driverError`), `cause` and AggregateError (`errors`).
 */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, driverError, cause, errors } = error as Cause;
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (typeof message === 'string' && DRIVER_MESSAGES.test(message)) return true;
  const nested = [driverError, cause, ...(Array.isArray(errors) ? errors : [])];
  return nested.some((inner) => isDatabaseUnreachable(inner, depth + 1));
}
