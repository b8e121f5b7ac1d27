import { ValidateBy, ValidationOptions } from 'class-validator';

/** Years a date of this domain can fall in; anything else is a typo, not history or planning. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date written `YYYY-MM-DD` that exists: 2024-02-29 is one, 2024-02-30, -2024-01-01,
 * 2024-01-01T00:00:00Z and +002024-01-01 are not. The one rule every date field of a request follows.
 */
export function isDay(value: unknown): value is string {
  const match = typeof value === 'string' ? DAY.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** class-validator decorator for isDay. */
export const IsCalendarDay = (message: string, options: ValidationOptions = {}): PropertyDecorator =>
  ValidateBy({ name: 'isCalendarDay', validator: { validate: (value) => isDay(value), defaultMessage: () => message } }, options);
