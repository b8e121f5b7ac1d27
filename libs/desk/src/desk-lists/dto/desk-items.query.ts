import { ApiPropertyOptional } from '@nestjs/swagger';
import { ItemStatus } from '@sqmy/contract';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '@sqmy/items';

/** Every state but draft: drafts are their authors' until submitted. */
const DESK_STATUSES = Object.values(ItemStatus).filter((status) => status !== ItemStatus.Draft);

export class DeskItemsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DESK_STATUSES, description: '不填：编辑台上所有未结的稿件；草稿只属于作者，不在此列' })
  @IsOptional()
  @IsIn(DESK_STATUSES, { message: '未知的状态，或草稿（草稿只属于作者）' })
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
