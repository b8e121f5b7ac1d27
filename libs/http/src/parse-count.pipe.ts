import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ErrorCode } from '@sqmy/contract';
import { AppError } from './app-error';
import { INT4_MAX } from './clean-input.middleware';

/** A route number such as a version: digits only, 1 up to what an int4 column holds; else a 400 naming it. */
@Injectable()
export class ParseCountPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const number = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (number >= 1 && number <= INT4_MAX) return number;
    const field = metadata.data ?? 'value';
    throw AppError.badRequest(ErrorCode.InvalidParam, `${field} 应为正整数`, [{ field, message: `应为 1–${INT4_MAX} 之间的整数` }]);
  }
}
