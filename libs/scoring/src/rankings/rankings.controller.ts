import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, orgInQuery, Principal } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ApiFileAnswer } from '@sqmy/http';
import type { Response } from 'express';
import { DrilldownService } from './drilldown.service';
import { DrilldownQuery, RankingQuery } from './dto/ranking.query';
import { resolvePeriod } from './period';
import { rankingFileName, rankingWorkbook, XLSX } from './ranking-export';
import { RankingRequest, RankingsService } from './rankings.service';

const DEFAULT_PAGE_SIZE = 50;

/** What a ranking query asks for, with the caller's committee as the default scope. */
function rankingRequest(principal: Principal, query: RankingQuery, paged: boolean): RankingRequest {
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  return {
    subject: query.subject ?? 'informant',
    orgId: query.orgId ?? principal.committeeId,
    period: resolvePeriod(query),
    by: query.by ?? 'score',
    level: query.level ?? 'any',
    limit: paged ? pageSize : null,
    offset: paged ? ((query.page ?? 1) - 1) * pageSize : 0,
  };
}

@ApiTags('排名')
@Controller('rankings')
export class RankingsController {
  constructor(
    private readonly rankings: RankingsService,
    private readonly drilldowns: DrilldownService,
  ) {}

  @Get()
  @ApiAnswer('Ranking')
  @Access(Permission.RankingsRead, orgInQuery('orgId'))
  @ApiOperation({ summary: '信息员、报送单位、县级政协或市级政协的排名（得分或采用率），含上期名次' })
  rank(@CurrentPrincipal() principal: Principal, @Query() query: RankingQuery) {
    return this.rankings.rank(rankingRequest(principal, query, true));
  }

  @Get('drilldown')
  @ApiAnswer('Drilldown')
  @Access(Permission.RankingsRead)
  @ApiOperation({ summary: '某一对象在该期间的得分明细与报送稿件（逐项可查）' })
  drilldown(@CurrentPrincipal() principal: Principal, @Query() query: DrilldownQuery) {
    return this.drilldowns.drilldown(principal, query.subject ?? 'informant', query.subjectId, resolvePeriod(query), query.level ?? 'any');
  }

  @Get('export')
  @ApiFileAnswer(XLSX)
  @Access(Permission.RankingsRead, orgInQuery('orgId'))
  @ApiOperation({ summary: '导出排名（.xlsx）' })
  async export(@CurrentPrincipal() principal: Principal, @Query() query: RankingQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const ranking = await this.rankings.rank(rankingRequest(principal, query, false));
    const content = await rankingWorkbook(ranking);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(rankingFileName(ranking))}`);
    return new StreamableFile(content, { type: XLSX, length: content.length });
  }
}
