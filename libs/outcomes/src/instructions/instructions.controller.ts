import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, committeeInQuery, CurrentPrincipal, Principal } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ApiFileAnswer, ParseUuidPipe } from '@sqmy/http';
import { itemInParam } from '@sqmy/items';
import type { Response } from 'express';
import { instructionInParam } from '../outcome-targets';
import { CreateInstructionDto, InstructionFilterQuery, ListInstructionsQuery, UpdateInstructionDto } from './dto/instruction.dto';
import { InstructionRegister } from './instruction-register';
import { InstructionsService } from './instructions.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('领导批示')
@Controller()
export class InstructionsController {
  constructor(
    private readonly register: InstructionRegister,
    private readonly instructions: InstructionsService,
  ) {}

  @Get('instructions')
  @ApiAnswer('InstructionPage')
  @Access(Permission.OutcomesRead, committeeInQuery('orgId'))
  @ApiOperation({ summary: '批示登记（按批示日期新的在前；按年份、级别、状态、关键词筛选）' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListInstructionsQuery) {
    return this.register.list(principal, query);
  }

  @Get('instructions/export')
  @ApiFileAnswer(XLSX)
  @Access(Permission.OutcomesRead, committeeInQuery('orgId'))
  @ApiOperation({ summary: '导出批示登记表（.xlsx），筛选条件同列表' })
  async export(@CurrentPrincipal() principal: Principal, @Query() query: InstructionFilterQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const sheet = await this.register.export(principal, query);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`批示登记表${query.year ?? ''}.xlsx`)}`);
    return new StreamableFile(sheet, { type: XLSX, length: sheet.length });
  }

  @Post('items/:id/instructions')
  @ApiAnswer('InstructionView')
  @Access(Permission.OutcomesRecord, itemInParam)
  @ApiOperation({ summary: '登记领导批示；通知作者' })
  create(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: CreateInstructionDto) {
    return this.instructions.create(principal, id, dto);
  }

  @Patch('instructions/:id')
  @ApiAnswer('InstructionView')
  @Access(Permission.OutcomesRecord, instructionInParam)
  @ApiOperation({ summary: '修改批示，登记转办、回函、办结（带上读取时的 version）' })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: UpdateInstructionDto) {
    return this.instructions.update(principal, id, dto);
  }

  @Delete('instructions/:id')
  @HttpCode(204)
  @Access(Permission.OutcomesRecord, instructionInParam)
  @ApiOperation({ summary: '删除误登的批示' })
  remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string) {
    return this.instructions.remove(principal, id);
  }
}
