import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, ownedByCommittee, Principal } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ParseUuidPipe } from '@sqmy/http';
import { CommissionsService } from './commissions.service';
import { CreateCommissionDto } from './dto/commission.dto';

const commissionInParam = ownedByCommittee('commission', '约稿');

@ApiTags('选题与约稿')
@Controller('commissions')
export class CommissionsController {
  constructor(private readonly commissions: CommissionsService) {}

  @Get()
  @ApiAnswer(['CommissionView'])
  @Access(Permission.CommissionsRead)
  @ApiQuery({ name: 'open', required: false })
  @ApiOperation({ summary: '约稿：编辑看本委员会的，信息员看约给自己和本单位的' })
  list(@CurrentPrincipal() principal: Principal, @Query('open') open?: string) {
    return this.commissions.list(principal, open === 'true');
  }

  @Post()
  @ApiAnswer('CommissionView')
  @Access(Permission.CommissionsManage)
  @ApiOperation({ summary: '向信息员或报送单位约稿' })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateCommissionDto) {
    return this.commissions.create(principal, dto);
  }

  @Post(':id/cancel')
  @ApiAnswer('CommissionView')
  @Access(Permission.CommissionsManage, commissionInParam)
  cancel(@Param('id', ParseUuidPipe) id: string) {
    return this.commissions.cancel(id);
  }
}
