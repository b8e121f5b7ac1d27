import { ErrorBody, ErrorCode } from '@sqmy/contract';
import { randomUUID } from 'node:crypto';
import { Server, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

const BY_CODE: Record<string, [status: number, code: ErrorCode, message: string]> = {
  HPE_HEADER_OVERFLOW: [431, ErrorCode.HeadersTooLarge, '请求头或地址过长'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, ErrorCode.RequestTimeout, '请求超时'],
};

/**
 * Requests node refuses before any handler sees them (headers too large, not HTTP) are answered
 * in the one error shape too, instead of node's bodiless default.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [statusCode, code, message] = BY_CODE[error.code ?? ''] ?? [400, ErrorCode.BadRequest, '请求格式有误'];
    const body = JSON.stringify({ statusCode, code, message, details: [], requestId: randomUUID() } satisfies ErrorBody);
    socket.end(
      `HTTP/1.1 ${statusCode} ${STATUS_CODES[statusCode]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
