import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal } from '@sqmy/accounts';
import { ApiAnswer, ParseUuidPipe } from '@sqmy/http';
import { Permission, todayInChina } from '@sqmy/contract';
import { issueInParam, seriesInParam } from '../series/series-targets';
import { CandidatesService } from './candidates.service';
import { DraftsService } from './drafts.service';
import { CreateIssueDto, IssueItemsDto, ListIssuesQuery, UpdateIssueDto } from './dto/issue.dto';
import { IssueReader } from './issue-reader';

/** Issues of a series and the drafts the editors build. */
@ApiTags('刊物')
@Controller()
export class IssuesController {
  constructor(
    private readonly reader: IssueReader,
    private readonly drafts: DraftsService,
    private readonly candidates: CandidatesService,
  ) {}

  @Get('bulletin-series/:seriesId/issues')
  @ApiAnswer(['IssueSummary'])
  @Access(Permission.BulletinsRead, seriesInParam('seriesId'))
  @ApiOperation({ summary: '某年的期刊（草稿在前）' })
  list(@Param('seriesId', ParseUuidPipe) seriesId: string, @Query() query: ListIssuesQuery) {
    return this.reader.list(seriesId, query.year ?? Number(todayInChina().slice(0, 4)), query.kind);
  }

  @Post('bulletin-series/:seriesId/issues')
  @ApiAnswer('IssueView')
  @Access(Permission.BulletinsEdit, seriesInParam('seriesId'))
  @ApiOperation({ summary: '新建一期草稿（正刊、增刊或更正）' })
  create(@CurrentPrincipal() principal: Principal, @Param('seriesId', ParseUuidPipe) seriesId: string, @Body() dto: CreateIssueDto) {
    return this.drafts.create(principal, seriesId, dto);
  }

  @Get('bulletin-candidates')
  @ApiAnswer(['Candidate'])
  @Access(Permission.BulletinsRead)
  @ApiOperation({ summary: '可编入刊物的稿件（已审核通过），及其已在的期刊' })
  listCandidates(@CurrentPrincipal() principal: Principal) {
    return this.candidates.list(principal);
  }

  @Get('bulletin-issues/:id')
  @ApiAnswer('IssueView')
  @Access(Permission.BulletinsRead, issueInParam)
  @ApiOperation({ summary: '一期：稿件（签发后为定稿副本）、编者按、分发范围' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string) {
    return this.reader.get(principal, id);
  }

  @Patch('bulletin-issues/:id')
  @ApiAnswer('IssueView')
  @Access(Permission.BulletinsEdit, issueInParam)
  @ApiOperation({ summary: '修改草稿的编者按、分发范围、印数' })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: UpdateIssueDto) {
    return this.drafts.update(principal, id, dto);
  }

  @Put('bulletin-issues/:id/items')
  @ApiAnswer('IssueView')
  @Access(Permission.BulletinsEdit, issueInParam)
  @ApiOperation({ summary: '草稿的稿件及顺序（整表替换：增、删、排序）' })
  setItems(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: IssueItemsDto) {
    return this.drafts.setItems(principal, id, dto);
  }

  @Delete('bulletin-issues/:id')
  @HttpCode(204)
  @Access(Permission.BulletinsEdit, issueInParam)
  @ApiOperation({ summary: '删除草稿' })
  delete(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string) {
    return this.drafts.delete(principal, id);
  }
}
