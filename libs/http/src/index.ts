export { AppError, ErrorBody, ErrorDetail } from './app-error';
export { AllExceptionsFilter } from './all-exceptions.filter';
export { createValidationPipe, flattenValidationErrors } from './validation';
export { loggerParams } from './logger';
export { ParseUuidPipe } from './parse-uuid.pipe';
export { isDatabaseUnreachable, outageOf, RETRY_AFTER_SECONDS } from './outage';
