import { NewReport } from '@sqmy/contract';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsUUID } from 'class-validator';
import { IsDay } from '../../recording/day';
import { IsOptionalText } from '../../recording/text-field';

/** Where, when and how an item was sent up. */
export class CreateReportDto implements NewReport {
  @ApiProperty({ description: '报送渠道' })
  @IsUUID('all', { message: '报送渠道编号无效' })
  outletId: string;

  @IsDay('报送日期')
  reportedOn: string;

  @IsOptionalText('报送方式', 60, '政协信息直报系统')
  channel?: string | null;

  @IsOptionalText('报送文号', 100)
  reference?: string | null;
}

/** The same report for every item of a published issue, or for the listed items. */
export class BulkReportDto extends CreateReportDto {
  @ApiPropertyOptional({ description: '已印发的一期：报送其全部稿件' })
  @IsOptional()
  @IsUUID('all', { message: '期刊编号无效' })
  issueId?: string;

  @ApiPropertyOptional({ type: [String], description: '或：要报送的稿件' })
  @IsOptional()
  @IsArray({ message: '稿件应为列表' })
  @ArrayMinSize(1, { message: '请至少选择一篇稿件' })
  @ArrayMaxSize(500, { message: '一次最多 500 篇稿件' })
  @ArrayUnique({ message: '同一篇稿件不能出现两次' })
  @IsUUID('all', { each: true, message: '稿件编号无效' })
  itemIds?: string[];
}
