import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ParseUuidPipe } from '@sqmy/http';
import { itemInParam } from '@sqmy/items';
import { reportInParam } from '../outcome-targets';
import { BulkReportDto, CreateReportDto } from './dto/report.dto';
import { ReportsService } from './reports.service';

@ApiTags('报送与采用')
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post('items/:id/reports')
  @ApiAnswer('ReportView')
  @Access(Permission.OutcomesRecord, itemInParam)
  @ApiOperation({ summary: '登记一篇稿件的报送（渠道、日期、方式、文号）' })
  create(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: CreateReportDto) {
    return this.reports.create(principal, id, dto);
  }

  @Post('reports/bulk')
  @ApiAnswer('BulkReportResult')
  @Access(Permission.OutcomesRecord)
  @ApiOperation({ summary: '整期或多篇一起报送：全部写入或全不写入，已登记的只计数' })
  bulk(@CurrentPrincipal() principal: Principal, @Body() dto: BulkReportDto) {
    return this.reports.bulk(principal, dto);
  }

  @Delete('reports/:id')
  @HttpCode(204)
  @Access(Permission.OutcomesRecord, reportInParam)
  @ApiOperation({ summary: '删除误登的报送记录' })
  remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string) {
    return this.reports.remove(principal, id);
  }
}
