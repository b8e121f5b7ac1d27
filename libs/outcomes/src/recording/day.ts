import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDay } from '@sqmy/http';
import { IsOptional } from 'class-validator';

/** A calendar date `YYYY-MM-DD` that exists (2024-02-30 does not). */
export const IsDay = (label: string) =>
  applyDecorators(
    ApiProperty({ example: '2024-03-05', description: label }),
    IsCalendarDay(`${label}应为有效的日期 YYYY-MM-DD`),
  );

/** An optional date; null clears it (IsOptional lets null through). */
export const IsOptionalDay = (label: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, example: '2024-03-05', description: label, nullable: true }),
    IsOptional(),
    IsCalendarDay(`${label}应为有效的日期 YYYY-MM-DD`),
  );
