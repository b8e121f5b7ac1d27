import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ParseUuidPipe } from '@sqmy/http';
import { itemInParam } from '@sqmy/items';
import { MoveDto } from '../screening/dto/move.dto';
import { ReviewService } from './review.service';

@ApiTags('编辑台')
@Controller('items')
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @Post(':id/propose')
  @ApiAnswer('ItemView')
  @HttpCode(200)
  @Access(Permission.ItemsScreen, itemInParam)
  @ApiOperation({ summary: '提交审核' })
  propose(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: MoveDto) {
    return this.review.propose(principal, id, dto);
  }

  @Post(':id/approve')
  @ApiAnswer('ItemView')
  @HttpCode(200)
  @Access(Permission.ItemsReview, itemInParam)
  @ApiOperation({ summary: '审核通过（待编入刊物）' })
  approve(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: MoveDto) {
    return this.review.approve(principal, id, dto);
  }

  @Post(':id/send-back')
  @ApiAnswer('ItemView')
  @HttpCode(200)
  @Access(Permission.ItemsReview, itemInParam)
  @ApiOperation({ summary: '退回编辑（须填写意见）' })
  sendBack(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: MoveDto) {
    return this.review.sendBack(principal, id, dto);
  }
}
