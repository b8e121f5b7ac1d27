import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDay, IsId } from '@sqmy/http';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { ItemStatus, SearchQuery } from '@sqmy/contract';

export class SearchItemsQuery implements SearchQuery {
  @ApiPropertyOptional({ description: '关键词（按中文分词检索）' })
  @IsOptional()
  @IsString()
  @Length(0, 100, { message: '关键词最多 100 个字' })
  q?: string;

  @ApiPropertyOptional({ enum: ItemStatus })
  @IsOptional()
  @IsEnum(ItemStatus, { message: '未知的状态' })
  status?: ItemStatus;

  @ApiPropertyOptional()
  @IsId('单位编号无效', { optional: true })
  unitId?: string;

  @ApiPropertyOptional()
  @IsId('作者编号无效', { optional: true })
  authorId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: '类别代码无效' })
  categoryCode?: string;

  @ApiPropertyOptional()
  @IsId('选题编号无效', { optional: true })
  topicId?: string;

  @ApiPropertyOptional({ example: '2026-01-01' })
  @IsDay('起始日期应为有效的日期 YYYY-MM-DD', { optional: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsDay('截止日期应为有效的日期 YYYY-MM-DD', { optional: true })
  to?: string;

  @ApiPropertyOptional({ enum: ['relevance', 'date'], default: 'relevance' })
  @IsOptional()
  @IsIn(['relevance', 'date'], { message: '排序应为 relevance 或 date' })
  order: 'relevance' | 'date' = 'relevance';

  @ApiPropertyOptional({ type: 'integer', default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100, { message: '每次最多 100 条' })
  limit = 20;

  @ApiPropertyOptional({ description: '上一页返回的 nextCursor' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,500}$/, { message: '翻页标记无效' })
  cursor?: string;
}
