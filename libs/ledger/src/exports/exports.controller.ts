import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, committeeInQuery } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { OrgYearQuery } from '@sqmy/scoring';
import { ATTACHMENT_TYPES } from '@sqmy/storage';
import { ApiFileAnswer } from '@sqmy/http';
import type { Response } from 'express';
import { LedgerExportService } from './ledger-export.service';

@ApiTags('台账')
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: LedgerExportService) {}

  @Get('ledger')
  @ApiFileAnswer(ATTACHMENT_TYPES.xlsx.mimeType)
  @Access(Permission.OutcomesRead, committeeInQuery('orgId'))
  @ApiOperation({ summary: '导出台账（.xlsx，与导入同一格式）' })
  async ledger(@Query() query: OrgYearQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { fileName, content } = await this.exports.export(query.orgId, query.year);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    return new StreamableFile(content, { type: ATTACHMENT_TYPES.xlsx.mimeType, length: content.length });
  }
}
