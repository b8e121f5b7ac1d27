import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ParseUuidPipe } from '@sqmy/http';
import { itemInParam } from '@sqmy/items';
import { DiffQuery, EditTextDto } from './dto/edit-text.dto';
import { EditingService } from './editing.service';

@ApiTags('编辑台')
@Controller('items')
export class EditingController {
  constructor(private readonly editing: EditingService) {}

  @Put(':id/text')
  @ApiAnswer('ItemView')
  @Access(Permission.ItemsScreen, itemInParam)
  @ApiOperation({ summary: '编辑保存：每次保存一个完整版本；version 过期则 409 STALE_VERSION' })
  saveText(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: EditTextDto) {
    return this.editing.saveText(principal, id, dto);
  }

  @Get(':id/diff')
  @ApiAnswer('VersionDiff')
  @Access(Permission.ItemsRead, itemInParam)
  @ApiOperation({ summary: '两个版本逐字比较（作者也可查看编辑改了什么）' })
  diff(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Query() query: DiffQuery) {
    return this.editing.diff(principal, id, query);
  }
}
