import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, SignedIn } from '@sqmy/accounts';
import { ErrorCode, UnreadCount } from '@sqmy/contract';
import { ApiAnswer, AppError } from '@sqmy/http';
import { ListNotificationsQuery } from './dto/list-notifications.query';
import { NotificationsService } from './notifications.service';

@ApiTags('站内通知')
@Controller('notifications')
@SignedIn()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiAnswer('NotificationPage')
  @ApiOperation({ summary: '我的通知（新的在前）' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListNotificationsQuery) {
    return this.notifications.list(principal.id, query);
  }

  @Get('unread-count')
  @ApiAnswer('UnreadCount')
  async unreadCount(@CurrentPrincipal() principal: Principal): Promise<UnreadCount> {
    return { unreadCount: await this.notifications.unreadCount(principal.id) };
  }

  @Post('read-all')
  @HttpCode(204)
  markAllRead(@CurrentPrincipal() principal: Principal) {
    return this.notifications.markAllRead(principal.id);
  }

  @Post(':id/read')
  @HttpCode(204)
  markRead(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    if (!/^\d{1,18}$/.test(id)) throw AppError.badRequest(ErrorCode.InvalidId, '通知编号无效', [{ field: 'id', message: '应为数字编号' }]);
    return this.notifications.markRead(principal.id, id);
  }
}
