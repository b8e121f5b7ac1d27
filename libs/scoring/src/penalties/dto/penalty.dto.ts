import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PenaltyReason } from '../score-penalty.entity';

export class CreatePenaltyDto {
  @ApiProperty({ enum: PenaltyReason })
  @IsEnum(PenaltyReason, { message: '扣分原因只能是 plagiarism（抄袭或已公开）' })
  reason: PenaltyReason;

  @ApiProperty({ example: '2024-05-10' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: '日期格式为 YYYY-MM-DD' })
  foundOn: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '备注应为文字' })
  @MaxLength(500, { message: '备注最长 500 字' })
  note?: string | null;
}
