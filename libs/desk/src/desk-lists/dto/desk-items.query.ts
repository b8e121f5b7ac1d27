import { ApiPropertyOptional } from '@nestjs/swagger';
import { ItemStatus } from '@sqmy/contract';
import { IsFlag, IsId, PageQuery, trimText } from '@sqmy/http';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Every state but draft: drafts are their authors' until submitted. */
const DESK_STATUSES = Object.values(ItemStatus).filter((status) => status !== ItemStatus.Draft);

export class DeskItemsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DESK_STATUSES, description: '不填：编辑台上所有未结的稿件；草稿只属于作者，不在此列' })
  @IsOptional()
  @IsIn(DESK_STATUSES, { message: '未知的状态，或草稿（草稿只属于作者）' })
  status?: ItemStatus;

  @ApiPropertyOptional()
  @IsId('编辑编号无效', { optional: true })
  assigneeId?: string;

  @ApiPropertyOptional({ description: '只看尚未分配的' })
  @IsFlag('unassigned 应为 true 或 false', { query: true })
  unassigned?: boolean;

  @ApiPropertyOptional()
  @IsId('单位编号无效', { optional: true })
  unitId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: '类别代码无效' })
  categoryCode?: string;

  @ApiPropertyOptional({ description: '标题或正文包含的文字' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(100, { message: '检索词不能超过 100 个字' })
  q?: string;
}
