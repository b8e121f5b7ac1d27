import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class YearQuery {
  @ApiPropertyOptional({ description: '年份（按北京时间），默认今年', example: 2024 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年份应为整数' })
  @Min(1990, { message: '年份不早于 1990' })
  @Max(2100, { message: '年份不晚于 2100' })
  year?: number;
}

export class DashboardQuery extends YearQuery {
  @ApiPropertyOptional({ description: '政协或报送单位（默认本委员会）' })
  @IsOptional()
  @IsUUID('all', { message: '组织编号无效' })
  orgId?: string;
}
