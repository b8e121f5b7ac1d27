import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal, SignedIn } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ParseUuidPipe } from '@sqmy/http';
import { CreateSeriesDto, UpdateSeriesDto } from './dto/series.dto';
import { seriesInParam } from './series-targets';
import { SeriesService } from './series.service';

@ApiTags('刊物')
@Controller('bulletin-series')
export class SeriesController {
  constructor(private readonly series: SeriesService) {}

  @Get()
  @ApiAnswer(['SeriesView'])
  @SignedIn()
  @ApiOperation({ summary: '本委员会的刊物' })
  list(@CurrentPrincipal() principal: Principal) {
    return this.series.list(principal);
  }

  @Get(':id')
  @ApiAnswer('SeriesView')
  @SignedIn()
  @ApiOperation({ summary: '一个刊物及其默认设置' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string) {
    return this.series.get(principal, id);
  }

  @Post()
  @ApiAnswer('SeriesView')
  @Access(Permission.BulletinSeriesManage)
  @ApiOperation({ summary: '新建刊物（管理员）' })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateSeriesDto) {
    return this.series.create(principal, dto);
  }

  @Patch(':id')
  @ApiAnswer('SeriesView')
  @Access(Permission.BulletinSeriesManage, seriesInParam())
  @ApiOperation({ summary: '修改刊物设置（已签发的期刊不受影响）' })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: UpdateSeriesDto) {
    return this.series.update(principal, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access(Permission.BulletinSeriesManage, seriesInParam())
  @ApiOperation({ summary: '删除没有期刊的刊物' })
  delete(@Param('id', ParseUuidPipe) id: string) {
    return this.series.delete(id);
  }
}
