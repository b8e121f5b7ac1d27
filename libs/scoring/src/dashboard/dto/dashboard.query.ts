import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { YearQuery } from '../../rankings/dto/ranking.query';

export class DashboardQuery extends YearQuery {
  @ApiPropertyOptional({ description: '政协或报送单位（默认本委员会）' })
  @IsOptional()
  @IsUUID('all', { message: '组织编号无效' })
  orgId?: string;
}
