import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsId, IsYear } from '@sqmy/http';

/** An organisation (its subtree counts) and a year: what the annual figures and the ledger export are asked for. */
export class OrgYearQuery {
  @ApiProperty({ description: '政协或报送单位（统计其本身及下属）' })
  @IsId('组织编号无效')
  orgId: string;

  @ApiPropertyOptional({ description: '年份（按北京时间）：统计默认今年，台账导出默认全部年份', example: 2024 })
  @IsYear({ optional: true })
  year?: number;
}
