export { AppError, ErrorBody, ErrorDetail } from './app-error';
export { AllExceptionsFilter } from './all-exceptions.filter';
export { createValidationPipe, flattenValidationErrors } from './validation';
export { loggerParams } from './logger';
export { ParseUuidPipe } from './parse-uuid.pipe';
export { CleanInputMiddleware, findInputFault, INT4_MAX, MAX_DEPTH } from './clean-input';
export { FIRST_YEAR, IsCalendarDay, isDay, LAST_YEAR } from './day';
export { ParseCountPipe } from './parse-int.pipe';
export { answerClientErrors } from './client-errors';
