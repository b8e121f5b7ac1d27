import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NewReport } from '@sqmy/contract';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional } from 'class-validator';
import { IsId } from '@sqmy/http';
import { DayField } from '../../recording/day-field';
import { OptionalTextField } from '../../recording/text-field';

/** Where, when and how an item was sent up. */
export class CreateReportDto implements NewReport {
  @ApiProperty({ description: '报送渠道' })
  @IsId('报送渠道编号无效')
  outletId: string;

  @DayField('报送日期')
  reportedOn: string;

  @OptionalTextField('报送方式', 60, '政协信息直报系统')
  channel?: string | null;

  @OptionalTextField('报送文号', 100)
  reference?: string | null;
}

/** The same report for every item of a published issue, or for the listed items. */
export class BulkReportDto extends CreateReportDto {
  @ApiPropertyOptional({ description: '已印发的一期：报送其全部稿件' })
  @IsId('期刊编号无效', { optional: true })
  issueId?: string;

  @ApiPropertyOptional({ type: [String], description: '或：要报送的稿件' })
  @IsOptional()
  @IsArray({ message: '稿件应为列表' })
  @ArrayMinSize(1, { message: '请至少选择一篇稿件' })
  @ArrayMaxSize(500, { message: '一次最多 500 篇稿件' })
  @ArrayUnique({ message: '同一篇稿件不能出现两次' })
  @IsId('稿件编号无效', { each: true })
  itemIds?: string[];
}
