import { HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorCode, ErrorDetail } from '@sqmy/contract';
import { AppError } from './app-error';

/** Flattens nested class-validator errors into `field` paths such as `roles.0` or `items.2.title`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      message: rule === 'whitelistValidation' ? `不允许的字段 ${field}` : message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** The global pipe: transform, strip nothing silently — unknown fields are refused. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) =>
      new AppError(HttpStatus.BAD_REQUEST, ErrorCode.ValidationFailed, '提交的数据有误，请检查标出的字段', flattenValidationErrors(errors)),
  });
}
