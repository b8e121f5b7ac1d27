import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ErrorBody, ErrorCode } from '@sqmy/contract';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { AppError } from './app-error';
import { outageOf, RETRY_AFTER_SECONDS } from './outage';

/** Codes and Chinese messages for errors raised by the framework rather than by our code. */
const BY_STATUS: Record<number, [code: ErrorCode, message: string]> = {
  400: [ErrorCode.BadRequest, '请求格式有误'],
  401: [ErrorCode.Unauthenticated, '请先登录'],
  403: [ErrorCode.Forbidden, '没有权限执行此操作'],
  404: [ErrorCode.NotFound, '请求的资源不存在'],
  405: [ErrorCode.MethodNotAllowed, '不支持的请求方法'],
  409: [ErrorCode.Conflict, '操作与当前状态冲突'],
  413: [ErrorCode.PayloadTooLarge, '提交的内容过大'],
  415: [ErrorCode.UnsupportedMediaType, '不支持的内容类型'],
  422: [ErrorCode.Unprocessable, '提交的数据无法处理'],
  429: [ErrorCode.TooManyRequests, '请求过于频繁，请稍后再试'],
};

/** Body-parser failures other than bad JSON (too large, bad charset, a body that does not inflate) carry a `type` or `expose` and a `status`. */
interface ParserError {
  type?: string;
  expose?: boolean;
  status?: number;
  statusCode?: number;
}

/**
 * Every error leaves as `{statusCode, code, message, details, requestId}`. Unexpected errors become
 * a 500 that hides internals and carries an error id that is also in the log.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    this.answer(exception, http.getRequest<Request>(), http.getResponse<Response>());
  }

  /** Answers `exception` in the one shape; also for plain Express middleware outside Nest's routes (Bull Board's). */
  answer(exception: unknown, request: Request, response: Response): void {
    const body = this.toBody(outageOf(exception) ?? exception, request);
    if (response.headersSent) return;
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, request: Request): ErrorBody {
    // Errors raised before the logger middleware (a body that is not JSON) have no id yet: make one.
    const requestId = String(request?.id ?? request?.headers?.['x-request-id'] ?? randomUUID());
    if (exception instanceof AppError) {
      return { statusCode: exception.getStatus(), code: exception.code, message: exception.message, details: exception.details, requestId };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Nest turns body-parser's SyntaxError into a plain 400 carrying the parser's message.
      if (status === 400 && /JSON/.test(exception.message)) {
        return { statusCode: 400, code: ErrorCode.MalformedJson, message: '请求体不是合法的 JSON', details: [], requestId };
      }
      // …and the router's URIError for a path segment that is not valid percent-encoded UTF-8.
      if (status === 400 && exception.message.startsWith('Failed to decode param')) {
        return { statusCode: 400, code: ErrorCode.MalformedUrl, message: '请求地址含有无法识别的字符', details: [{ field: 'path', message: '地址中的编号无法解码' }], requestId };
      }
      const [code, message] = BY_STATUS[status] ?? [ErrorCode.HttpError, '请求无法完成'];
      return { statusCode: status, code, message, details: [], requestId };
    }
    const parser = exception as ParserError;
    if (parser && (typeof parser.type === 'string' || parser.expose === true) && (parser.status ?? parser.statusCode ?? 500) < 500) {
      const status = parser.status ?? parser.statusCode ?? 400;
      const [code, message] = BY_STATUS[status] ?? [ErrorCode.BadRequest, '请求格式有误'];
      return { statusCode: status, code, message, details: [], requestId };
    }
    const errorId = randomUUID();
    this.logger.error({ err: exception, errorId, requestId }, `未处理的错误 ${errorId}`);
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: ErrorCode.InternalError,
      message: `服务器内部错误，请联系管理员（错误编号 ${errorId}）`,
      details: [],
      requestId,
    };
  }
}
