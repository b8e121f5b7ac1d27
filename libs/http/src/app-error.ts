import { HttpException, HttpStatus } from '@nestjs/common';
import { ErrorDetail } from '@sqmy/contract';

/**
 * A refusal the caller can act on: an HTTP status, a stable machine code, a Chinese message
 * and the fields at fault. Domain code throws these; the filter renders them.
 */
export class AppError extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message, status);
  }

  static badRequest(code: string, message: string, details: ErrorDetail[] = []): AppError {
    return new AppError(HttpStatus.BAD_REQUEST, code, message, details);
  }

  static notFound(what: string, field?: string): AppError {
    return new AppError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `${what}不存在`, field ? [{ field, message: `${what}不存在` }] : []);
  }

  static forbidden(message = '没有权限执行此操作'): AppError {
    return new AppError(HttpStatus.FORBIDDEN, 'FORBIDDEN', message);
  }

  static conflict(code: string, message: string, details: ErrorDetail[] = []): AppError {
    return new AppError(HttpStatus.CONFLICT, code, message, details);
  }

  static unprocessable(code: string, message: string, details: ErrorDetail[] = []): AppError {
    return new AppError(HttpStatus.UNPROCESSABLE_ENTITY, code, message, details);
  }
}
