import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, orgInQuery, Principal } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer } from '@sqmy/http';
import { today } from '../rankings/period';
import { DashboardService } from './dashboard.service';
import { YearQuery } from '../rankings/dto/ranking.query';
import { DashboardQuery } from './dto/dashboard.query';
import { StandingService } from './standing.service';

@ApiTags('统计看板')
@Controller()
export class DashboardController {
  constructor(
    private readonly dashboards: DashboardService,
    private readonly standings: StandingService,
  ) {}

  @Get('dashboard')
  @ApiAnswer('Dashboard')
  @Access(Permission.RankingsRead, orgInQuery('orgId'))
  @ApiOperation({ summary: '统计看板：年度统计、逐月趋势、采用层级与方式、前十名、未完成任务数' })
  dashboard(@CurrentPrincipal() principal: Principal, @Query() query: DashboardQuery) {
    return this.dashboards.dashboard(query.orgId ?? principal.committeeId, query.year ?? today().year);
  }

  @Get('me/standing')
  @ApiAnswer('Standing')
  @Access(Permission.StandingRead)
  @ApiOperation({ summary: '本人（及联络员所在单位）本年度的得分、名次与任务数进度' })
  standing(@CurrentPrincipal() principal: Principal, @Query() query: YearQuery) {
    return this.standings.standing(principal, query.year ?? today().year);
  }
}
