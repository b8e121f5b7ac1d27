import { HttpStatus, Logger } from '@nestjs/common';
import { isDatabaseUnreachable } from '@sqmy/database';
import { ErrorCode } from '@sqmy/contract';
import { AppError } from './app-error';

/** What a client is told to wait, in seconds, before trying again while the database cannot be reached. */
export const RETRY_AFTER_SECONDS = 5;

const logger = new Logger('Outage');

/**
 * The answer for a request that failed because the database could not be reached: 503 in the one
 * error shape (the filter adds `Retry-After`), never a 401 or a 500 — the caller's session is fine.
 */
export function outageOf(exception: unknown): AppError | undefined {
  if (exception instanceof AppError || !isDatabaseUnreachable(exception)) return undefined;
  logger.warn(`数据库无法连接：${reasonOf(exception)}`);
  return new AppError(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.ServiceUnavailable, '服务暂时不可用，请稍后重试');
}

interface Cause {
  code?: unknown;
  message?: unknown;
  errors?: unknown;
}

/** The first message found: an AggregateError of refused addresses has none of its own. */
function reasonOf(error: unknown): string {
  const { message, code, errors } = error as Cause;
  if (typeof message === 'string' && message) return message;
  if (Array.isArray(errors) && errors.length > 0) return reasonOf(errors[0]);
  return String(code ?? error);
}
