import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ItemStatus, PageQuery } from '@sqmy/items';

export class DeskItemsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ItemStatus, description: '不填：编辑台上所有未结的稿件' })
  @IsOptional()
  @IsEnum(ItemStatus, { message: '未知的状态' })
  status?: ItemStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: '编辑编号无效' })
  assigneeId?: string;

  @ApiPropertyOptional({ description: '只看尚未分配的' })
  @IsOptional()
  @Matches(/^(true|false)$/, { message: 'unassigned 应为 true 或 false' })
  unassigned?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: '单位编号无效' })
  unitId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: '类别代码无效' })
  categoryCode?: string;

  @ApiPropertyOptional({ description: '标题或正文包含的文字' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: '检索词不能超过 100 个字' })
  q?: string;
}
