import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { ItemStatus } from '@sqmy/contract';

/** Hard limits that protect the system; the 1,500-character convention is only a warning. */
export const TITLE_MAX = 100;
export const BODY_MAX = 20_000;
export const BODY_CONVENTION = 1_500;

export class ItemDraftDto {
  @ApiPropertyOptional({ example: '关于加强农村养老服务体系建设的建议', maxLength: TITLE_MAX })
  @IsOptional()
  @IsString({ message: '标题应为文字' })
  @MaxLength(TITLE_MAX, { message: `标题不能超过 ${TITLE_MAX} 个字` })
  title?: string;

  @ApiPropertyOptional({ description: '正文：情况、问题、建议；一般不超过 1,500 字', maxLength: BODY_MAX })
  @IsOptional()
  @IsString({ message: '正文应为文字' })
  @MaxLength(BODY_MAX, { message: `正文不能超过 ${BODY_MAX} 字` })
  body?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'livelihood' })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: '类别代码无效' })
  categoryCode?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '选题编号无效' })
  topicId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '约稿编号无效' })
  commissionId?: string | null;

  @ApiPropertyOptional({ description: '联名作者（信息员）' })
  @IsOptional()
  @IsArray({ message: '联名作者应为列表' })
  @ArrayMaxSize(10, { message: '联名作者最多 10 人' })
  @ArrayUnique({ message: '联名作者不能重复' })
  @IsUUID('all', { each: true, message: '联名作者编号无效' })
  coAuthorIds?: string[];
}

export class CreateItemDto extends ItemDraftDto {
  @ApiPropertyOptional({ description: '同时报送（一步完成新建和报送）', default: false })
  @IsOptional()
  @IsBoolean({ message: 'submit 应为 true 或 false' })
  submit?: boolean;
}

export class UpdateItemDto extends ItemDraftDto {
  @ApiProperty({ description: '读取时的版本号（乐观锁）；过期则 409' })
  @Type(() => Number)
  @IsInt({ message: '版本号应为整数' })
  @Min(1)
  version: number;
}

/** Page and page size of a paged list. */
export class PageQuery {
  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;

  @ApiPropertyOptional({ default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100, { message: '每页最多 100 条' })
  pageSize = 20;
}

export class ListItemsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ItemStatus })
  @IsOptional()
  @IsEnum(ItemStatus, { message: '未知的状态' })
  status?: ItemStatus;

  @ApiPropertyOptional({ description: '只看我（联名）撰写的' })
  @IsOptional()
  @Matches(/^(true|false)$/, { message: 'mine 应为 true 或 false' })
  mine?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '选题编号无效' })
  topicId?: string;
}
