import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsText } from '@sqmy/http';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Blank text is no text. */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

/** A required line of text, trimmed, 1 to `max` characters, documented with its label. */
export const TextField = (label: string, max: number, example?: string) =>
  applyDecorators(ApiProperty({ description: label, example }), IsText(`${label}为 1–${max} 个字`, { max, missing: `请填写${label}` }));

/** An optional text, trimmed; blank or null clears it. */
export const OptionalTextField = (label: string, max: number, example?: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, description: label, example, nullable: true }),
    Transform(trimToNull),
    IsOptional(),
    IsString({ message: `${label}应为文字` }),
    MaxLength(max, { message: `${label}最多 ${max} 个字` }),
  );
