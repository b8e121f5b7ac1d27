import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, orgInQuery } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ApiFileAnswer } from '@sqmy/http';
import type { Response } from 'express';
import { OrgYearQuery } from './dto/org-year.query';
import { figuresFileName, figuresSheet } from './figures-sheet';
import { FiguresService } from './figures.service';

@ApiTags('年度统计')
@Controller('stats')
export class FiguresController {
  constructor(private readonly figures: FiguresService) {}

  @Get('summary')
  @ApiAnswer('Summary')
  @Access(Permission.OutcomesRead, orgInQuery('orgId'))
  @ApiOperation({ summary: '年度统计：收集、编发、期数、报送、采用、批示' })
  summary(@Query() query: OrgYearQuery) {
    return this.figures.summary(query.orgId, query.year);
  }

  @Get('units')
  @ApiAnswer(['UnitFigures'])
  @Access(Permission.OutcomesRead, orgInQuery('orgId'))
  @ApiOperation({ summary: '各报送单位（及下属政协）的年度统计' })
  units(@Query() query: OrgYearQuery) {
    return this.figures.units(query.orgId, query.year);
  }

  @Get('export')
  @ApiFileAnswer('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Access(Permission.OutcomesRead, orgInQuery('orgId'))
  @ApiOperation({ summary: '导出年度统计（.xlsx：本级汇总与各单位）' })
  async export(@Query() query: OrgYearQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const [summary, units] = await Promise.all([this.figures.summary(query.orgId, query.year), this.figures.units(query.orgId, query.year)]);
    const content = await figuresSheet(summary, units);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(figuresFileName(summary))}`);
    return new StreamableFile(content, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', length: content.length });
  }
}
