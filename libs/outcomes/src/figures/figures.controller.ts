import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, orgInQuery, Permission } from '@sqmy/accounts';
import { OrgYearQuery } from './dto/org-year.query';
import { FiguresService } from './figures.service';

@ApiTags('年度统计')
@Controller('stats')
export class FiguresController {
  constructor(private readonly figures: FiguresService) {}

  @Get('summary')
  @Access(Permission.OutcomesRead, orgInQuery('orgId'))
  @ApiOperation({ summary: '年度统计：收集、编发、期数、报送、采用、批示' })
  summary(@Query() query: OrgYearQuery) {
    return this.figures.summary(query.orgId, query.year);
  }

  @Get('units')
  @Access(Permission.OutcomesRead, orgInQuery('orgId'))
  @ApiOperation({ summary: '各报送单位（及下属政协）的年度统计' })
  units(@Query() query: OrgYearQuery) {
    return this.figures.units(query.orgId, query.year);
  }
}
