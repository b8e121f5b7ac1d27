import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PenaltyReason } from '@sqmy/contract';
import { IsDay, trimText } from '@sqmy/http';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

export class CreatePenaltyDto {
  @ApiProperty({ enum: PenaltyReason })
  @IsEnum(PenaltyReason, { message: '扣分原因只能是 plagiarism（抄袭或已公开）' })
  reason: PenaltyReason;

  @ApiProperty({ example: '2024-05-10' })
  @IsDay('日期应为有效的日期 YYYY-MM-DD')
  foundOn: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trimText)
  @IsString({ message: '备注应为文字' })
  @MaxLength(500, { message: '备注最长 500 字' })
  note?: string | null;
}
