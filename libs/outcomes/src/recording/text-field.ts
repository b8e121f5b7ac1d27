import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Blank text is no text. */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

/** A required line of text, trimmed, 1 to `max` characters. */
export const IsText = (label: string, max: number, example?: string) =>
  applyDecorators(
    ApiProperty({ description: label, example }),
    Transform(trim),
    IsString({ message: `请填写${label}` }),
    Length(1, max, { message: `${label}为 1–${max} 个字` }),
  );

/** An optional text, trimmed; blank or null clears it. */
export const IsOptionalText = (label: string, max: number, example?: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, description: label, example, nullable: true }),
    Transform(trimToNull),
    IsOptional(),
    IsString({ message: `${label}应为文字` }),
    MaxLength(max, { message: `${label}最多 ${max} 个字` }),
  );
