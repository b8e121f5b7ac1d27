import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, committeeInQuery, CurrentPrincipal, ownedByCommittee, Principal } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ApiFileAnswer, ParseUuidPipe } from '@sqmy/http';
import type { Response } from 'express';
import { XLSX } from '../rankings/ranking-export';
import { today } from '../rankings/period';
import { CreateQuotaDto, QuotaListQuery, UpdateQuotaDto } from './dto/quota.dto';
import { quotaSheet } from './quota-sheet';
import { QuotasService } from './quotas.service';

/** The committee a quota belongs to. */
const quotaInParam = ownedByCommittee('quota', '任务数');

const quotaFilter = (principal: Principal, query: QuotaListQuery) => ({
  committeeId: query.committeeId ?? principal.committeeId,
  year: query.year ?? today().year,
  behind: query.behind,
});

@ApiTags('任务数')
@Controller('quotas')
export class QuotasController {
  constructor(private readonly quotas: QuotasService) {}

  @Get()
  @ApiAnswer(['QuotaView'])
  @Access(Permission.RankingsRead, committeeInQuery('committeeId'))
  @ApiOperation({ summary: '任务数及完成进度（进度最低的在前）' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: QuotaListQuery) {
    return this.quotas.list(quotaFilter(principal, query));
  }

  @Get('export')
  @ApiFileAnswer(XLSX)
  @Access(Permission.RankingsRead, committeeInQuery('committeeId'))
  @ApiOperation({ summary: '导出任务数完成情况（.xlsx）' })
  async export(@CurrentPrincipal() principal: Principal, @Query() query: QuotaListQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const filter = quotaFilter(principal, query);
    const content = await quotaSheet(await this.quotas.list(filter));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${filter.year}年任务数完成情况.xlsx`)}`);
    return new StreamableFile(content, { type: XLSX, length: content.length });
  }

  @Post()
  @ApiAnswer('QuotaView')
  @Access(Permission.QuotasManage)
  @ApiOperation({ summary: '为信息员或报送单位设定任务数' })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateQuotaDto) {
    return this.quotas.create(principal, dto);
  }

  @Patch(':id')
  @ApiAnswer('QuotaView')
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
