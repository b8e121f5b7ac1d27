import { QueryFailedError } from 'typeorm';

interface PgDriverError {
  code?: string;
  constraint?: string;
}

function driverError(error: unknown): PgDriverError | undefined {
  return error instanceof QueryFailedError ? (error.driverError as PgDriverError) : undefined;
}

/** True when PostgreSQL refused a row for a unique constraint (optionally: this one). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = driverError(error);
  return pg?.code === '23505' && (constraint === undefined || pg.constraint === constraint);
}

/** True for serialization failures and deadlocks, which a caller may retry. */
export function isRetryableConflict(error: unknown): boolean {
  const code = driverError(error)?.code;
  return code === '40001' || code === '40P01';
}
