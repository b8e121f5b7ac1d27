import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { IsFlag, IsId, PageQuery, trimText } from '@sqmy/http';
import { CreateItemRequest, ItemDraftFields, ItemStatus, UpdateItemRequest } from '@sqmy/contract';

/** Hard limits that protect the system; the 1,500-character convention is only a warning. */
export const TITLE_MAX = 100;
export const BODY_MAX = 20_000;
export const BODY_CONVENTION = 1_500;

export class ItemDraftDto implements ItemDraftFields {
  @ApiPropertyOptional({ example: '关于加强农村养老服务体系建设的建议', maxLength: TITLE_MAX })
  @IsOptional()
  @Transform(trimText)
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
  @IsId('选题编号无效', { optional: true })
  topicId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsId('约稿编号无效', { optional: true })
  commissionId?: string | null;

  @ApiPropertyOptional({ description: '联名作者（信息员）' })
  @IsOptional()
  @IsArray({ message: '联名作者应为列表' })
  @ArrayMaxSize(10, { message: '联名作者最多 10 人' })
  @ArrayUnique({ message: '联名作者不能重复' })
  @IsId('联名作者编号无效', { each: true })
  coAuthorIds?: string[];
}

export class CreateItemDto extends ItemDraftDto implements CreateItemRequest {
  @ApiPropertyOptional({ description: '同时报送（一步完成新建和报送）', default: false })
  @IsFlag('submit 应为 true 或 false')
  submit?: boolean;
}

export class UpdateItemDto extends ItemDraftDto implements UpdateItemRequest {
  @ApiProperty({ description: '读取时的版本号（乐观锁）；过期则 409' })
  @Type(() => Number)
  @IsInt({ message: '版本号应为整数' })
  @Min(1)
  version: number;
}

export class ListItemsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ItemStatus })
  @IsOptional()
  @IsEnum(ItemStatus, { message: '未知的状态' })
  status?: ItemStatus;

  @ApiPropertyOptional({ description: '只看我（联名）撰写的' })
  @IsFlag('mine 应为 true 或 false', { query: true })
  mine?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsId('选题编号无效', { optional: true })
  topicId?: string;
}
