import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { BODY_MAX, TITLE_MAX } from '@sqmy/items';

/** Two or more items of the committee, written into one combined item (综合稿). */
export class MergeDto {
  @ApiProperty({ description: '被综合的稿件（至少两篇；作者按此顺序计入）', type: [String] })
  @IsArray({ message: '稿件应为列表' })
  @ArrayMinSize(2, { message: '至少选择两篇稿件' })
  @ArrayMaxSize(50, { message: '一次最多综合 50 篇稿件' })
  @ArrayUnique({ message: '稿件不能重复' })
  @IsUUID('all', { each: true, message: '稿件编号无效' })
  itemIds: string[];

  @ApiProperty({ maxLength: TITLE_MAX })
  @IsString({ message: '标题应为文字' })
  @MaxLength(TITLE_MAX, { message: `标题不能超过 ${TITLE_MAX} 个字` })
  title: string;

  @ApiProperty({ maxLength: BODY_MAX })
  @IsString({ message: '正文应为文字' })
  @MaxLength(BODY_MAX, { message: `正文不能超过 ${BODY_MAX} 字` })
  body: string;

  @ApiPropertyOptional({ description: '不填则沿用第一篇的类别' })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: '类别代码无效' })
  categoryCode?: string;
}
