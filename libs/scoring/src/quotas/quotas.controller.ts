import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, orgInQuery, Permission, Principal, TargetResolver } from '@sqmy/accounts';
import { ParseUuidPipe } from '@sqmy/http';
import { today } from '../rankings/period';
import { CreateQuotaDto, QuotaListQuery, UpdateQuotaDto } from './dto/quota.dto';
import { QuotasService } from './quotas.service';

/** The committee a quota belongs to. */
const quotaInParam: TargetResolver = (req, lookups) =>
  lookups.find(req.params.id, 'id', '任务数', 'SELECT o.path, NULL AS owners FROM quota q JOIN organisation o ON o.id = q.committee_id WHERE q.id = $1');

@ApiTags('任务数')
@Controller('quotas')
export class QuotasController {
  constructor(private readonly quotas: QuotasService) {}

  @Get()
  @Access(Permission.RankingsRead, orgInQuery('committeeId'))
  @ApiOperation({ summary: '任务数及完成进度（进度最低的在前）' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: QuotaListQuery) {
    return this.quotas.list({ committeeId: query.committeeId ?? principal.committeeId, year: query.year ?? today().year, behind: query.behind });
  }

  @Post()
  @Access(Permission.QuotasManage)
  @ApiOperation({ summary: '为信息员或报送单位设定任务数' })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateQuotaDto) {
    return this.quotas.create(principal, dto);
  }

  @Patch(':id')
  @Access(Permission.QuotasManage, quotaInParam)
  @ApiOperation({ summary: '修改任务数（乐观锁）' })
  update(@Param('id', ParseUuidPipe) id: string, @Body() dto: UpdateQuotaDto) {
    return this.quotas.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access(Permission.QuotasManage, quotaInParam)
  @ApiOperation({ summary: '删除任务数' })
  async remove(@Param('id', ParseUuidPipe) id: string): Promise<void> {
    await this.quotas.remove(id);
  }
}
