import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, Matches } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD` that exists (2024-02-30 does not). */
export const IsDay = (label: string) =>
  applyDecorators(
    ApiProperty({ example: '2024-03-05', description: label }),
    Matches(DAY, { message: `${label}应为 YYYY-MM-DD` }),
    IsDateString({ strict: true }, { message: `${label}不是有效的日期` }),
  );

/** An optional date; null clears it (IsOptional lets null through). */
export const IsOptionalDay = (label: string) =>
  applyDecorators(
    ApiPropertyOptional({ example: '2024-03-05', description: label, nullable: true }),
    IsOptional(),
    Matches(DAY, { message: `${label}应为 YYYY-MM-DD` }),
    IsDateString({ strict: true }, { message: `${label}不是有效的日期` }),
  );
