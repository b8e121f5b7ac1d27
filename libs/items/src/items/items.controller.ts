import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal, TargetResolver } from '@sqmy/accounts';
import { ItemAction, Permission } from '@sqmy/contract';
import { ApiAnswer, ParseCountPipe, ParseUuidPipe } from '@sqmy/http';
import { CreateItemDto, ListItemsQuery, UpdateItemDto } from './dto/item.dto';
import { idempotencyKeyOf } from './idempotency';
import { ItemReader } from './item-reader';
import { ItemSearchService } from './item-search.service';
import { SearchItemsQuery } from './dto/search-items.query';
import { ItemTransitionsService } from './item-transitions.service';
import { ItemsService } from './items.service';

/** An item's scope: its unit's place in the tree, its authors as owners, and the committee whose desk it is on. */
export const itemInParam: TargetResolver = (req, lookups) =>
  lookups.find(
    req.params.id,
    'id',
    '稿件',
    `SELECT o.path, ARRAY(SELECT a.user_id FROM item_author a WHERE a.item_id = i.id) AS owners, i.committee_id AS committee
       FROM item i JOIN organisation o ON o.id = i.unit_id WHERE i.id = $1`,
  );

const IDEMPOTENCY_HEADER = { name: 'Idempotency-Key', required: false, description: '重试时带同一个值，不会产生第二篇稿件或第二次报送' };

@ApiTags('稿件')
@Controller('items')
export class ItemsController {
  constructor(
    private readonly items: ItemsService,
    private readonly transitions: ItemTransitionsService,
    private readonly reader: ItemReader,
    private readonly searcher: ItemSearchService,
  ) {}

  @Get()
  @ApiAnswer('ItemPage')
  @Access(Permission.ItemsRead)
  @ApiOperation({ summary: '可见的稿件（信息员：自己的；联络员：本单位的；编辑：本委员会的）' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListItemsQuery) {
    return this.reader.list(principal, query);
  }

  @Get('search')
  @ApiAnswer('SearchPage')
  @Access(Permission.ItemsSearch)
  @ApiOperation({ summary: '检索本委员会的稿件：中文分词、筛选、按相关度或时间排序、游标翻页、高亮摘要' })
  search(@CurrentPrincipal() principal: Principal, @Query() query: SearchItemsQuery) {
    return this.searcher.search(principal, query);
  }

  @Post()
  @ApiAnswer('ItemView')
  @Access(Permission.ItemsWrite)
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOperation({ summary: '新建草稿；带 submit: true 则同时报送' })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateItemDto, @Headers('idempotency-key') key?: string) {
    return this.items.create(principal, dto, idempotencyKeyOf(key));
  }

  @Get(':id')
  @ApiAnswer('ItemView')
  @Access(Permission.ItemsRead, itemInParam)
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string) {
    return this.reader.get(principal, id);
  }

  @Patch(':id')
  @ApiAnswer('ItemView')
  @Access(Permission.ItemsWrite, itemInParam)
  @ApiOperation({ summary: '修改草稿或退回稿（可自动保存；带上读取时的 version）' })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: UpdateItemDto) {
    return this.items.update(principal, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access(Permission.ItemsWrite, itemInParam)
  @ApiOperation({ summary: '删除从未报送的草稿' })
  remove(@Param('id', ParseUuidPipe) id: string) {
    return this.items.remove(id);
  }

  @Post(':id/submit')
  @ApiAnswer('ItemView')
  @HttpCode(200)
  @Access(Permission.ItemsWrite, itemInParam)
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOperation({ summary: '报送（退回修改的稿件即重新报送）；每次报送保存一个完整版本' })
  submit(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Headers('idempotency-key') key?: string) {
    return this.transitions.submitOrResubmit(principal, id, idempotencyKeyOf(key));
  }

  @Post(':id/withdraw')
  @ApiAnswer('ItemView')
  @HttpCode(200)
  @Access(Permission.ItemsWrite, itemInParam)
  @ApiOperation({ summary: '在阅选前撤回' })
  withdraw(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string) {
    return this.transitions.apply(principal, id, ItemAction.Withdraw);
  }

  @Get(':id/versions/:no')
  @ApiAnswer('ItemVersionView')
  @Access(Permission.ItemsRead, itemInParam)
  @ApiOperation({ summary: '某一版本的全文' })
  version(@Param('id', ParseUuidPipe) id: string, @Param('no', ParseCountPipe) no: number) {
    return this.reader.version(id, no);
  }
}
