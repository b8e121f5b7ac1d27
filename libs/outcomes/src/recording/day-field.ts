import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDay } from '@sqmy/http';

const dayMessage = (label: string) => `${label}应为有效的日期 YYYY-MM-DD`;

/** A calendar date `YYYY-MM-DD` that exists (2024-02-30 does not), documented with its label. */
export const DayField = (label: string) =>
  applyDecorators(ApiProperty({ example: '2024-03-05', description: label }), IsDay(dayMessage(label)));

/** An optional date; null clears it (IsOptional lets null through). */
export const OptionalDayField = (label: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, example: '2024-03-05', description: label, nullable: true }),
    IsDay(dayMessage(label), { optional: true }),
  );
