import { Injectable, NestMiddleware } from '@nestjs/common';
import { ErrorCode, ErrorDetail } from '@sqmy/contract';
import type { NextFunction, Request, Response } from 'express';
import { AppError } from './app-error';

/** Deeper than any request of this API nests; class-transformer recurses and must never see 5,000 levels. */
export const MAX_DEPTH = 32;
/** The largest integer any column holds (int4); beyond it a number is refused, not rounded or overflowed. */
export const INT4_MAX = 2_147_483_647;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textFault(text: string): string | undefined {
  if (text.includes('\u0000')) return '不能包含空字符（U+0000）';
  if (LONE_SURROGATE.test(text)) return '含有无效的字符（不成对的代理项）';
  return undefined;
}

/**
 * The first thing in a parsed body or query no column or parser can take: NUL, a lone UTF-16
 * surrogate, a number beyond int4 (or not finite), nesting deeper than MAX_DEPTH, a key that
 * reaches an object's prototype. Undefined when the value is clean.
 */
export function findInputFault(value: unknown, field = '', depth = 0): ErrorDetail | undefined {
  const at = field || 'body';
  if (typeof value === 'string') {
    const message = textFault(value);
    return message ? { field: at, message } : undefined;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) && Math.abs(value) <= INT4_MAX ? undefined : { field: at, message: `数值超出范围（绝对值不超过 ${INT4_MAX}）` };
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth >= MAX_DEPTH) return { field: at, message: `嵌套过深（最多 ${MAX_DEPTH} 层）` };
  for (const [key, inner] of Object.entries(value)) {
    const path = field ? `${field}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return { field: path, message: `不允许的字段 ${path}` };
    const keyFault = textFault(key);
    if (keyFault) return { field: path, message: keyFault };
    const fault = findInputFault(inner, path, depth + 1);
    if (fault) return fault;
  }
  return undefined;
}

/** Refuses, before any guard or pipe reads it, a body or query holding what findInputFault finds. */
@Injectable()
export class CleanInputMiddleware implements NestMiddleware {
  use(request: Request, _: Response, next: NextFunction): void {
    // JSON.parse keeps a "__proto__" key as an own property; Object.entries sees it.
    const fault = findInputFault(request.body) ?? findInputFault(request.query);
    if (fault) throw new AppError(400, ErrorCode.ValidationFailed, '提交的数据有误，请检查标出的字段', [fault]);
    next();
  }
}
