import { Body, Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer } from '@sqmy/http';
import { MergeDto } from './dto/merge.dto';
import { MergeService } from './merge.service';

@ApiTags('编辑台')
@Controller('items')
export class MergeController {
  constructor(private readonly merging: MergeService) {}

  @Post('merge')
  @ApiAnswer('ItemView')
  @Access(Permission.ItemsScreen)
  @ApiOperation({ summary: '综合：两篇以上本委员会的稿件写成一篇综合稿；原稿件标为已综合' })
  merge(@CurrentPrincipal() principal: Principal, @Body() dto: MergeDto) {
    return this.merging.merge(principal, dto);
  }
}
