import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ParseUuidPipe } from '@sqmy/http';
import { CreatePenaltyDto } from './dto/penalty.dto';
import { PenaltiesService } from './penalties.service';

@ApiTags('计分办法')
@Controller()
export class PenaltiesController {
  constructor(private readonly penalties: PenaltiesService) {}

  @Post('items/:id/penalties')
  @ApiAnswer('PenaltyView')
  @Access(Permission.OutcomesRecord)
  @ApiOperation({ summary: '登记扣分（采用后发现抄袭）' })
  create(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: CreatePenaltyDto) {
    return this.penalties.create(principal, id, dto);
  }

  @Delete('penalties/:id')
  @HttpCode(204)
  @Access(Permission.OutcomesRecord)
  @ApiOperation({ summary: '删除扣分记录' })
  async remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string) {
    await this.penalties.remove(principal, id);
  }
}
