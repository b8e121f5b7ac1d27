import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

/** An organisation (its subtree counts) and a year: what the annual figures and the ledger export are asked for. */
export class OrgYearQuery {
  @ApiProperty({ description: '政协或报送单位（统计其本身及下属）' })
  @IsUUID('all', { message: '组织编号无效' })
  orgId: string;

  @ApiPropertyOptional({ description: '年份（按北京时间）：统计默认今年，台账导出默认全部年份', example: 2024 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年份应为整数' })
  @Min(1990, { message: '年份不早于 1990' })
  @Max(2100, { message: '年份不晚于 2100' })
  year?: number;
}
