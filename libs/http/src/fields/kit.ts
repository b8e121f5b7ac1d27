import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
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

/** A query string's 'true'/'false' as true/false; anything else is left for IsBoolean to refuse. */
export const toFlag = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

interface FlagOptions {
  /** The flag comes in the query string, where it is written 'true' or 'false'. */
  query?: boolean;
}

/**
 * A boolean flag, refused with `message` when it is not one. In a JSON body it is JSON true/false
 * (the string "true" is refused); in a query string 'true'/'false'. Always optional: absent means the default.
 */
export const IsFlag = (message: string, { query }: FlagOptions = {}): PropertyDecorator =>
  applyDecorators(IsOptional(), ...(query ? [Transform(toFlag)] : []), IsBoolean({ message }));

/** A `YYYY-MM-DD` calendar day (see isDay). */
export const IsDay = (message: string, { optional }: Pick<FieldOptions, 'optional'> = {}): PropertyDecorator =>
  applyDecorators(...optionalIf(optional), IsCalendarDay(message));

/** A year of the committees' records, 1990–2100 (a query string's digits read as a number). */
export const IsYear = ({ optional }: Pick<FieldOptions, 'optional'> = {}): PropertyDecorator =>
  applyDecorators(
    ...optionalIf(optional),
    Type(() => Number),
    IsInt({ message: '年份应为整数' }),
    Min(1990, { message: '年份不早于 1990' }),
    Max(2100, { message: '年份不晚于 2100' }),
  );

/** Trims a string value; leaves anything else for the validators to refuse. */
export const trimText = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

interface TextOptions {
  optional?: boolean;
  /** Shortest length after trimming; 1 unless told. */
  min?: number;
  max: number;
  /** The message when the value is missing or not text (`请填写…`); the length's message unless told. */
  missing?: string;
}

/**
 * A trimmed text field of `min`–`max` characters. NUL and lone surrogates never reach it:
 * CleanInputMiddleware refuses them for every body and query. A value that is not text fails both
 * rules: the length's message comes first, then `missing`.
 */
export const IsText = (message: string, { optional, min = 1, max, missing = message }: TextOptions): PropertyDecorator =>
  applyDecorators(...optionalIf(optional), Transform(trimText), Length(min, max, { message }), IsString({ message: missing }));
