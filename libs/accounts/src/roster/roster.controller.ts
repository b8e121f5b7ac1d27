import { Controller, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, AppError, ParseUuidPipe } from '@sqmy/http';
import { Access, CurrentPrincipal, orgInParam } from '../access/access.decorators';
import { ErrorCode, Permission } from '@sqmy/contract';
import { Principal } from '../access/principal';
import { RosterService } from './roster.service';

const MAX_ROSTER_BYTES = 5 * 1024 * 1024;

@ApiTags('组织机构')
@Controller('organisations')
export class RosterController {
  constructor(private readonly roster: RosterService) {}

  @Post(':id/roster')
  @ApiAnswer('RosterResult')
  @Access(Permission.RosterImport, orgInParam())
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_ROSTER_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: '导入信息员名册（.xlsx：姓名、手机号、单位、身份），有错则整份不导入' })
  import(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @UploadedFile() file?: Express.Multer.File) {
    if (!file) throw AppError.badRequest(ErrorCode.FileRequired, '请上传名册文件', [{ field: 'file', message: '请上传 .xlsx 文件' }]);
    return this.roster.import(principal, id, file.buffer);
  }
}
