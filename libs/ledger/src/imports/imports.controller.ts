import { Body, Controller, Get, HttpCode, Param, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, AccessPolicy, committeeInQuery, CurrentPrincipal, ownedByCommittee, Principal, ScopeLookups } from '@sqmy/accounts';
import { ErrorCode, Permission } from '@sqmy/contract';
import { ApiAnswer, AppError, ParseUuidPipe } from '@sqmy/http';
import { ImportLedgerDto, ListImportsQuery } from '../dto/ledger.dto';
import { ImportsService, MAX_LEDGER_BYTES } from './imports.service';

/** The committee an import belongs to. */
const importInParam = ownedByCommittee('ledger_import', '导入记录');

@ApiTags('台账')
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly policy: AccessPolicy,
    private readonly lookups: ScopeLookups,
  ) {}

  @Post('ledger')
  @ApiAnswer('LedgerImportView')
  @HttpCode(202)
  @Access(Permission.OutcomesRecord)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_LEDGER_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, orgId: { type: 'string', format: 'uuid' } } } })
  @ApiOperation({ summary: '导入台账（.xlsx 或 UTF-8 .csv，≤ 20 MB）：后台逐行检查，有错则整份不导入' })
  async start(@CurrentPrincipal() principal: Principal, @Body() dto: ImportLedgerDto, @UploadedFile() file?: Express.Multer.File) {
    // The multipart body is read after the guard, so the committee's scope is checked here.
    this.policy.assert(principal, Permission.OutcomesRecord, await this.lookups.committeeOf(dto.orgId, 'orgId'));
    if (!file) throw AppError.badRequest(ErrorCode.FileRequired, '请选择要导入的台账文件', [{ field: 'file', message: '缺少文件' }]);
    return this.imports.start(principal, dto.orgId, file);
  }

  @Get(':id')
  @ApiAnswer('LedgerImportView')
  @Access(Permission.OutcomesRead, importInParam)
  @ApiOperation({ summary: '一次导入的进度与结果（逐行错误）' })
  get(@Param('id', ParseUuidPipe) id: string) {
    return this.imports.get(id);
  }

  @Get()
  @ApiAnswer(['LedgerImportView'])
  @Access(Permission.OutcomesRead, committeeInQuery('orgId'))
  @ApiOperation({ summary: '本委员会的台账导入记录，最新的在前' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListImportsQuery) {
    return this.imports.list(query.orgId ?? principal.committeeId);
  }
}
