import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, committeeInQuery, CurrentPrincipal, ownedByCommittee, Principal } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ApiFileAnswer, ParseUuidPipe } from '@sqmy/http';
import type { Response } from 'express';
import { DocumentQuery, RequestStatsReportDto, StatsReportListQuery } from './dto/stats-report.dto';
import { STATS_REPORT_TYPES, StatsReportsService } from './stats-reports.service';

/** The committee a 统计通报 belongs to. */
const reportInParam = ownedByCommittee('stats_report', '统计通报');

@ApiTags('统计通报')
@Controller('stats-reports')
export class StatsReportsController {
  constructor(private readonly reports: StatsReportsService) {}

  @Post()
  @ApiAnswer('StatsReportView')
  @HttpCode(202)
  @Access(Permission.StatsReportsRun)
  @ApiOperation({ summary: '生成（或重新生成）某月、某季度或某年的统计通报' })
  request(@CurrentPrincipal() principal: Principal, @Body() dto: RequestStatsReportDto) {
    return this.reports.request(principal, dto);
  }

  @Get()
  @ApiAnswer(['StatsReportView'])
  @Access(Permission.RankingsRead, committeeInQuery('committeeId'))
  @ApiOperation({ summary: '本委员会的统计通报，期间最新的在前' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: StatsReportListQuery) {
    return this.reports.list(query.committeeId ?? principal.committeeId);
  }

  @Get(':id')
  @ApiAnswer('StatsReportView')
  @Access(Permission.RankingsRead, reportInParam)
  @ApiOperation({ summary: '一份统计通报的状态与进度' })
  get(@Param('id', ParseUuidPipe) id: string) {
    return this.reports.get(id);
  }

  @Get(':id/document')
  @ApiFileAnswer(...Object.values(STATS_REPORT_TYPES))
  @Access(Permission.RankingsRead, reportInParam)
  @ApiOperation({ summary: '下载统计通报（Word 或 Excel）' })
  async document(@Param('id', ParseUuidPipe) id: string, @Query() query: DocumentQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { fileName, type, stream } = await this.reports.open(id, query.format);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    return new StreamableFile(stream, { type });
  }
}
