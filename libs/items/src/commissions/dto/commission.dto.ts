import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CreateCommissionRequest } from '@sqmy/contract';
import { IsDay, IsId, IsText } from '@sqmy/http';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class CreateCommissionDto implements CreateCommissionRequest {
  @ApiProperty({ example: '请就农村养老服务撰写一篇信息' })
  @IsText('约稿题目为 1–100 个字', { max: 100, missing: '请填写约稿题目' })
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2_000, { message: '说明最多 2,000 字' })
  note?: string;

  @ApiPropertyOptional()
  @IsId('选题编号无效', { optional: true })
  topicId?: string;

  @ApiPropertyOptional({ description: '约请的信息员；不填则约请整个单位' })
  @IsId('信息员编号无效', { optional: true })
  assigneeUserId?: string;

  @ApiPropertyOptional({ description: '约请的报送单位（约请信息员时可不填）' })
  @IsId('单位编号无效', { optional: true })
  assigneeUnitId?: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsDay('截止日期应为有效的日期 YYYY-MM-DD')
  dueOn: string;
}
