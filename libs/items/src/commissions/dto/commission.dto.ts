import { CreateCommissionRequest } from '@sqmy/contract';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsCalendarDay, trimText } from '@sqmy/http';
import { IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

export class CreateCommissionDto implements CreateCommissionRequest {
  @ApiProperty({ example: '请就农村养老服务撰写一篇信息' })
  @Transform(trimText)
  @IsString({ message: '请填写约稿题目' })
  @Length(1, 100, { message: '约稿题目为 1–100 个字' })
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2_000, { message: '说明最多 2,000 字' })
  note?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: '选题编号无效' })
  topicId?: string;

  @ApiPropertyOptional({ description: '约请的信息员；不填则约请整个单位' })
  @IsOptional()
  @IsUUID('all', { message: '信息员编号无效' })
  assigneeUserId?: string;

  @ApiPropertyOptional({ description: '约请的报送单位（约请信息员时可不填）' })
  @IsOptional()
  @IsUUID('all', { message: '单位编号无效' })
  assigneeUnitId?: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsCalendarDay('截止日期应为有效的日期 YYYY-MM-DD')
  dueOn: string;
}
