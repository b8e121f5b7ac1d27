import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, committeeInBody, CurrentPrincipal, Principal, SignedIn } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ParseUuidPipe } from '@sqmy/http';
import { CommitteeQuery, CreateRuleSetDto, RecomputeDto, UpdateRuleSetDto } from './dto/rule-set.dto';
import { defaultRuleSetView } from './rule-set-reader';
import { RuleSetsService } from './rule-sets.service';
import { RecomputeRequests } from '../recompute/recompute-requests';

@ApiTags('计分办法')
@Controller()
export class RuleSetsController {
  constructor(
    private readonly ruleSets: RuleSetsService,
    private readonly recompute: RecomputeRequests,
  ) {}

  @Get('scoring-rules')
  @ApiAnswer(['RuleSetView'])
  @SignedIn()
  @ApiOperation({ summary: '委员会的计分办法（有效期新的在前）' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: CommitteeQuery) {
    return this.ruleSets.list(principal, query.committeeId);
  }

  @Get('scoring-rules/default')
  @ApiAnswer('DefaultRuleSet')
  @SignedIn()
  @ApiOperation({ summary: '默认计分表（没有有效计分办法的日期按此计分）' })
  default() {
    return defaultRuleSetView();
  }

  @Post('scoring-rules')
  @ApiAnswer('RuleSetView')
  @Access(Permission.ScoringRulesManage, committeeInBody('committeeId'))
  @ApiOperation({ summary: '新建计分办法（管理员）；有效期内的稿件重新计分' })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateRuleSetDto) {
    return this.ruleSets.create(principal, dto);
  }

  @Patch('scoring-rules/:id')
  @ApiAnswer('RuleSetView')
  @Access(Permission.ScoringRulesManage)
  @ApiOperation({ summary: '修改计分办法（管理员）；原有效期和新有效期内的稿件重新计分' })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: UpdateRuleSetDto) {
    return this.ruleSets.update(principal, id, dto);
  }

  @Delete('scoring-rules/:id')
  @HttpCode(204)
  @Access(Permission.ScoringRulesManage)
  @ApiOperation({ summary: '删除计分办法（管理员）；其有效期改按默认计分表' })
  async remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string) {
    await this.ruleSets.remove(principal, id);
  }

  @Post('scoring/recompute')
  @ApiAnswer('RecomputeQueued')
  @HttpCode(202)
  @Access(Permission.ScoringRulesManage, committeeInBody('committeeId'))
  @ApiOperation({ summary: '全量重算积分与统计（管理员）' })
  recomputeAll(@Body() dto: RecomputeDto) {
    return this.recompute.request(dto.committeeId ?? null);
  }
}
