import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TallyGrain } from '@sqmy/contract';
import { IsIn, IsString } from 'class-validator';
import { IsId } from '@sqmy/http';

export class RequestStatsReportDto {
  @ApiPropertyOptional({ description: '政协（默认本委员会）' })
  @IsId('组织编号无效', { optional: true })
  committeeId?: string;

  @ApiProperty({ enum: TallyGrain })
  @IsIn(Object.values(TallyGrain), { message: '周期应为 month、quarter 或 year' })
  grain: TallyGrain;

  @ApiProperty({ description: '2024-03（月）、2024-Q1（季度）或 2024（年）', example: '2024-03' })
  @IsString({ message: '期间应为文本' })
  period: string;
}

export class StatsReportListQuery {
  @ApiPropertyOptional({ description: '政协（默认本委员会）' })
  @IsId('组织编号无效', { optional: true })
  committeeId?: string;
}

export class DocumentQuery {
  @ApiProperty({ enum: ['docx', 'xlsx'] })
  @IsIn(['docx', 'xlsx'], { message: '格式应为 docx 或 xlsx' })
  format: 'docx' | 'xlsx';
}
