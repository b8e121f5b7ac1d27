import { HttpStatus, Logger } from '@nestjs/common';
import { AppError } from './app-error';

/** What a client is told to wait, in seconds, before trying again while the database cannot be reached. */
export const RETRY_AFTER_SECONDS = 5;

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

const logger = new Logger('Outage');

/**
 * The answer for a request that failed because the database could not be reached: 503 in the one
 * error shape (the filter adds `Retry-After`), never a 401 or a 500 — the caller's session is fine.
 */
export function outageOf(exception: unknown): AppError | undefined {
  if (exception instanceof AppError || !isDatabaseUnreachable(exception)) return undefined;
  logger.warn(`数据库无法连接：${reasonOf(exception)}`);
  return new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后重试');
}

/** The first message found: an AggregateError of refused addresses has none of its own. */
function reasonOf(error: unknown): string {
  const { message, code, errors } = error as Cause;
  if (typeof message === 'string' && message) return message;
  if (Array.isArray(errors) && errors.length > 0) return reasonOf(errors[0]);
  return String(code ?? error);
}
