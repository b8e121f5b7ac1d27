import { Controller, Delete, Get, HttpCode, Param, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal } from '@sqmy/accounts';
import { ErrorCode, Permission } from '@sqmy/contract';
import { ApiAnswer, ApiFileAnswer, AppError, ParseUuidPipe } from '@sqmy/http';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '@sqmy/storage';
import type { Response } from 'express';
import { itemInParam } from '../items/items.controller';
import { AttachmentsService } from './attachments.service';

@ApiTags('稿件')
@Controller('items/:id/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @ApiAnswer('AttachmentView')
  @Access(Permission.ItemsWrite, itemInParam)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: '上传附件（PDF、DOCX、XLSX、JPG、PNG，按内容识别，≤ 20 MB）' })
  add(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @UploadedFile() file?: Express.Multer.File) {
    if (!file) throw AppError.badRequest(ErrorCode.FileRequired, '请选择要上传的文件', [{ field: 'file', message: '缺少文件' }]);
    return this.attachments.add(principal, id, file);
  }

  @Get(':attachmentId')
  @ApiFileAnswer(...Object.values(ATTACHMENT_TYPES).map((type) => type.mimeType))
  @Access(Permission.ItemsRead, itemInParam)
  @ApiOperation({ summary: '下载附件' })
  async download(
    @Param('id', ParseUuidPipe) id: string,
    @Param('attachmentId', ParseUuidPipe) attachmentId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { attachment, stream } = await this.attachments.open(id, attachmentId);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(attachment.name)}`);
    return new StreamableFile(stream, { type: ATTACHMENT_TYPES[attachment.type].mimeType, length: attachment.size });
  }

  @Delete(':attachmentId')
  @HttpCode(204)
  @Access(Permission.ItemsWrite, itemInParam)
  remove(@Param('id', ParseUuidPipe) id: string, @Param('attachmentId', ParseUuidPipe) attachmentId: string) {
    return this.attachments.remove(id, attachmentId);
  }
}
