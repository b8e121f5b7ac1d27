import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal, SignedIn } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer } from '@sqmy/http';
import { DeskListsService } from './desk-lists/desk-lists.service';
import { DeskItemsQuery } from './desk-lists/dto/desk-items.query';
import { DeskSettingsService } from './settings/desk-settings.service';
import { DeskSettingsDto } from './settings/dto/desk-settings.dto';

/** The desk of the caller's own committee: its board, its list, its settings. */
@ApiTags('编辑台')
@Controller('desk')
export class DeskController {
  constructor(
    private readonly lists: DeskListsService,
    private readonly settings: DeskSettingsService,
  ) {}

  @Get('summary')
  @ApiAnswer('DeskSummary')
  @Access(Permission.DeskRead)
  @ApiOperation({ summary: '各状态的稿件数，每位编辑手上的稿件数（阅选中、编辑中）' })
  summary(@CurrentPrincipal() principal: Principal) {
    return this.lists.summary(principal);
  }

  @Get('items')
  @ApiAnswer('DeskItemPage')
  @Access(Permission.DeskRead)
  @ApiOperation({ summary: '编辑台上的稿件，等待最久的在前' })
  items(@CurrentPrincipal() principal: Principal, @Query() query: DeskItemsQuery) {
    return this.lists.items(principal, query);
  }

  @Get('settings')
  @ApiAnswer(DeskSettingsDto)
  @SignedIn()
  @ApiOperation({ summary: '本委员会的提醒期限（天）' })
  getSettings(@CurrentPrincipal() principal: Principal) {
    return this.settings.get(principal);
  }

  @Put('settings')
  @ApiAnswer(DeskSettingsDto)
  @Access(Permission.DeskSettingsManage)
  @ApiOperation({ summary: '修改本委员会的提醒期限（审核签发、系统管理员）' })
  putSettings(@CurrentPrincipal() principal: Principal, @Body() dto: DeskSettingsDto) {
    return this.settings.put(principal, dto);
  }
}
