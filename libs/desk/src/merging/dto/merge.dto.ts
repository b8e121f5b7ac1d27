import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MergeRequest } from '@sqmy/contract';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, Matches } from 'class-validator';
import { IsId } from '@sqmy/http';
import { ItemTextDto } from '../../editing/dto/item-text.dto';

/** Two or more items of the committee, written into one combined item (综合稿). */
export class MergeDto extends ItemTextDto implements MergeRequest {
  @ApiProperty({ description: '被综合的稿件（至少两篇；作者按此顺序计入）', type: [String] })
  @IsArray({ message: '稿件应为列表' })
  @ArrayMinSize(2, { message: '至少选择两篇稿件' })
  @ArrayMaxSize(50, { message: '一次最多综合 50 篇稿件' })
  @ArrayUnique({ message: '稿件不能重复' })
  @IsId('稿件编号无效', { each: true })
  itemIds: string[];

  @ApiPropertyOptional({ description: '不填则沿用第一篇的类别' })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: '类别代码无效' })
  categoryCode?: string;
}
