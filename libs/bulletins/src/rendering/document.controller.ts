import { Controller, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ApiFileAnswer, ParseUuidPipe } from '@sqmy/http';
import type { Response } from 'express';
import { IssueReader } from '../issues/issue-reader';
import { issueInParam } from '../series/series-targets';
import { DocumentService } from './document.service';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The issue's print view data and its Word document. */
@ApiTags('刊物')
@Controller('bulletin-issues')
export class DocumentController {
  constructor(
    private readonly reader: IssueReader,
    private readonly documents: DocumentService,
  ) {}

  @Get(':id/layout')
  @ApiAnswer('IssueLayout')
  @Access(Permission.BulletinsRead, issueInParam)
  @ApiOperation({ summary: '打印视图的版式数据（与 Word 文档同源）' })
  layout(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string) {
    return this.reader.layout(principal, id);
  }

  @Get(':id/document')
  @ApiFileAnswer(DOCX)
  @Access(Permission.BulletinsRead, issueInParam)
  @ApiOperation({ summary: '下载 Word 文档（.docx）' })
  async download(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { fileName, size, stream } = await this.documents.open(principal, id);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    return new StreamableFile(stream, { type: DOCX, length: size });
  }

  @Post(':id/render')
  @ApiAnswer('DocumentAnswer')
  @HttpCode(202)
  @Access(Permission.BulletinsEdit, issueInParam)
  @ApiOperation({ summary: '重新生成 Word 文档' })
  render(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string) {
    return this.documents.rerender(principal, id);
  }
}
