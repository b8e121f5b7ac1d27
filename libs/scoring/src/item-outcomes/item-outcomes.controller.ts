import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ParseUuidPipe } from '@sqmy/http';
import { itemInParam } from '@sqmy/items';
import { ItemOutcomesReader } from './item-outcomes.reader';

@ApiTags('报送与采用')
@Controller('items/:id/outcomes')
export class ItemOutcomesController {
  constructor(private readonly outcomes: ItemOutcomesReader) {}

  @Get()
  @ApiAnswer('ItemOutcomes')
  @Access(Permission.ItemsRead, itemInParam)
  @ApiOperation({ summary: '稿件的报送、采用和领导批示（作者、单位联络员和编辑部都可查看）' })
  get(@Param('id', ParseUuidPipe) id: string) {
    return this.outcomes.get(id);
  }
}
