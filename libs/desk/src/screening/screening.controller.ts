import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ParseUuidPipe } from '@sqmy/http';
import { itemInParam } from '@sqmy/items';
import { AssignDto, MoveDto, RejectDto, ScreenDto } from './dto/move.dto';
import { ScreeningService } from './screening.service';

@ApiTags('编辑台')
@Controller('items')
export class ScreeningController {
  constructor(private readonly screening: ScreeningService) {}

  @Post(':id/screen')
  @ApiAnswer('ItemView')
  @HttpCode(200)
  @Access(Permission.ItemsScreen, itemInParam)
  @ApiOperation({ summary: '阅选：自己领取，或分配给本委员会的一位编辑' })
  screen(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: ScreenDto) {
    return this.screening.screen(principal, id, dto);
  }

  @Post(':id/assign')
  @ApiAnswer('ItemView')
  @HttpCode(200)
  @Access(Permission.ItemsScreen, itemInParam)
  @ApiOperation({ summary: '改派给另一位编辑' })
  assign(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: AssignDto) {
    return this.screening.assign(principal, id, dto);
  }

  @Post(':id/accept')
  @ApiAnswer('ItemView')
  @HttpCode(200)
  @Access(Permission.ItemsScreen, itemInParam)
  @ApiOperation({ summary: '采用，进入编辑' })
  accept(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: MoveDto) {
    return this.screening.accept(principal, id, dto);
  }

  @Post(':id/return')
  @ApiAnswer('ItemView')
  @HttpCode(200)
  @Access(Permission.ItemsScreen, itemInParam)
  @ApiOperation({ summary: '退回修改（须填写意见）' })
  return(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: MoveDto) {
    return this.screening.return(principal, id, dto);
  }

  @Post(':id/reject')
  @ApiAnswer('ItemView')
  @HttpCode(200)
  @Access(Permission.ItemsScreen, itemInParam)
  @ApiOperation({ summary: '不予采用（须选理由；理由为“其他”时须填写意见）' })
  reject(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: RejectDto) {
    return this.screening.reject(principal, id, dto);
  }
}
