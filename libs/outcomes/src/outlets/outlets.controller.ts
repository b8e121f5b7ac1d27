import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, SignedIn } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ParseUuidPipe } from '@sqmy/http';
import { CreateOutletDto, ListOutletsQuery, UpdateOutletDto } from './dto/outlet.dto';
import { OutletsService } from './outlets.service';

@ApiTags('报送与采用')
@Controller('outlets')
export class OutletsController {
  constructor(private readonly outlets: OutletsService) {}

  @Get()
  @ApiAnswer(['OutletView'])
  @SignedIn()
  @ApiOperation({ summary: '报送渠道（按市级、省级、全国，再按顺序）' })
  list(@Query() query: ListOutletsQuery) {
    return this.outlets.list(query.includeInactive === true);
  }

  @Post()
  @ApiAnswer('OutletView')
  @Access(Permission.OutletsManage)
  @ApiOperation({ summary: '新增报送渠道（管理员）' })
  create(@Body() dto: CreateOutletDto) {
    return this.outlets.create(dto);
  }

  @Patch(':id')
  @ApiAnswer('OutletView')
  @Access(Permission.OutletsManage)
  @ApiOperation({ summary: '修改或停用报送渠道（渠道不删除，记录要用它的名称）' })
  update(@Param('id', ParseUuidPipe) id: string, @Body() dto: UpdateOutletDto) {
    return this.outlets.update(id, dto);
  }
}
