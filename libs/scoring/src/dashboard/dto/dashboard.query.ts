import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsId } from '@sqmy/http';
import { YearQuery } from '../../rankings/dto/ranking.query';

export class DashboardQuery extends YearQuery {
  @ApiPropertyOptional({ description: '政协或报送单位（默认本委员会）' })
  @IsId('组织编号无效', { optional: true })
  orgId?: string;
}
