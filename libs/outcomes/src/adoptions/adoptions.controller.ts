import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal } from '@sqmy/accounts';
import { ErrorCode, Permission } from '@sqmy/contract';
import { ApiAnswer, ApiFileAnswer, AppError, ParseUuidPipe } from '@sqmy/http';
import { itemInParam } from '@sqmy/items';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '@sqmy/storage';
import type { Response } from 'express';
import { AdoptionEvidenceService } from './adoption-evidence.service';
import { ParseAdoptionIdPipe } from './adoption-lock';
import { AdoptionsService } from './adoptions.service';
import { BulkAdoptionDto, CreateAdoptionDto } from './dto/adoption.dto';

/**
 * Adoptions of items. Routes on an event (its id is a number) are scoped by the service: the
 * desk of the item's committee writes, whoever may read the item reads.
 */
@ApiTags('报送与采用')
@Controller()
export class AdoptionsController {
  constructor(
    private readonly adoptions: AdoptionsService,
    private readonly evidence: AdoptionEvidenceService,
  ) {}

  @Post('items/:id/adoptions')
  @ApiAnswer('AdoptionView')
  @Access(Permission.OutcomesRecord, itemInParam)
  @ApiOperation({ summary: '登记采用（单篇、综合、转送、专报、转化为提案、部门反馈、媒体刊发）；通知作者' })
  create(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: CreateAdoptionDto) {
    return this.adoptions.create(principal, id, dto);
  }

  @Post('adoptions/bulk')
  @ApiAnswer(['AdoptionView'])
  @Access(Permission.OutcomesRecord)
  @ApiOperation({ summary: '多篇稿件登记同一采用：全部写入或全不写入' })
  bulk(@CurrentPrincipal() principal: Principal, @Body() dto: BulkAdoptionDto) {
    return this.adoptions.bulk(principal, dto);
  }

  @Put('adoptions/:id/evidence')
  @ApiAnswer('AdoptionView')
  @Access(Permission.OutcomesRecord)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: '上传或替换采用证明（PDF、JPG、PNG、DOCX，按内容识别，≤ 20 MB）' })
  attach(@CurrentPrincipal() principal: Principal, @Param('id', ParseAdoptionIdPipe) id: string, @UploadedFile() file?: Express.Multer.File) {
    if (!file) throw AppError.badRequest(ErrorCode.FileRequired, '请选择证明文件', [{ field: 'file', message: '缺少文件' }]);
    return this.evidence.attach(principal, id, file);
  }

  @Get('adoptions/:id/evidence')
  @ApiFileAnswer(...Object.values(ATTACHMENT_TYPES).map((type) => type.mimeType))
  @Access(Permission.ItemsRead)
  @ApiOperation({ summary: '下载采用证明' })
  async download(@CurrentPrincipal() principal: Principal, @Param('id', ParseAdoptionIdPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { evidence, stream } = await this.evidence.open(principal, id);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(evidence.fileName)}`);
    return new StreamableFile(stream, { type: evidence.contentType, length: evidence.size });
  }

  @Delete('adoptions/:id')
  @HttpCode(204)
  @Access(Permission.OutcomesRecord)
  @ApiOperation({ summary: '删除误登的采用记录（编发记录不能删除）' })
  remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseAdoptionIdPipe) id: string) {
    return this.adoptions.remove(principal, id);
  }
}
