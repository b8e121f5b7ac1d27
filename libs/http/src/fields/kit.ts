import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsCalendarDay } from '../day';

interface FieldOptions {
  /** Absent (or null) is accepted. */
  optional?: boolean;
  /** The field is an array and each element follows the rule. */
  each?: boolean;
}

const optionalIf = (optional: boolean | undefined): PropertyDecorator[] => (optional ? [IsOptional()] : []);

/** A UUID id field, refused with `message` when it is not one. */
export const IsId = (message: string, { optional, each }: FieldOptions = {}): PropertyDecorator =>
  applyDecorators(...optionalIf(optional), IsUUID('all', { each, message }));

/** JSON true/false, or in a query string 'true'/'false'; anything else is refused with `message`. */
export const toFlag = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

/** A boolean flag from a body or a query string (see toFlag). Always optional: absent means the default. */
export const IsFlag = (message: string): PropertyDecorator =>
  applyDecorators(IsOptional(), Transform(toFlag), IsBoolean({ message }));

/** A `YYYY-MM-DD` calendar day (see isDay). */
export const IsDay = (message: string, { optional }: Pick<FieldOptions, 'optional'> = {}): PropertyDecorator =>
  applyDecorators(...optionalIf(optional), IsCalendarDay(message));

/** Trims a string value; leaves anything else for the validators to refuse. */
export const trimText = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

interface TextOptions {
  optional?: boolean;
  /** Shortest length after trimming; 1 unless told. */
  min?: number;
  max: number;
}

/**
 * A trimmed text field of `min`–`max` characters. NUL and lone surrogates never reach it:
 * CleanInputMiddleware refuses them for every body and query.
 */
export const IsText = (message: string, { optional, min = 1, max }: TextOptions): PropertyDecorator =>
  applyDecorators(...optionalIf(optional), Transform(trimText), IsString({ message }), Length(min, max, { message }));
