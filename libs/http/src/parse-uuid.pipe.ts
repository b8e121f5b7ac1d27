import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ErrorCode } from '@sqmy/contract';
import { AppError } from './app-error';

/** Route ids are UUIDs; anything else is a 400 naming the parameter, never a database error. */
@Injectable()
export class ParseUuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (isUUID(value)) return value;
    const field = metadata.data ?? 'id';
    throw AppError.badRequest(ErrorCode.InvalidId, `${field} 不是有效的编号`, [{ field, message: '应为 UUID' }]);
  }
}
