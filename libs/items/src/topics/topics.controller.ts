import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, ownedByCommittee, Principal } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ParseUuidPipe } from '@sqmy/http';
import { CreateTopicDto, UpdateTopicDto } from './dto/topic.dto';
import { TopicsService } from './topics.service';

/** A topic is its committee's: only that committee's editors change it. */
const topicInParam = ownedByCommittee('topic', '选题');

@ApiTags('选题与约稿')
@Controller('topics')
export class TopicsController {
  constructor(private readonly topics: TopicsService) {}

  @Get()
  @ApiAnswer(['TopicView'])
  @Access(Permission.TopicsRead)
  @ApiQuery({ name: 'open', required: false, description: 'true：只看征集中的选题' })
  @ApiOperation({ summary: '本委员会的选题' })
  list(@CurrentPrincipal() principal: Principal, @Query('open') open?: string) {
    return this.topics.list(principal, open === 'true');
  }

  @Post()
  @ApiAnswer('TopicView')
  @Access(Permission.TopicsManage)
  @ApiOperation({ summary: '发布选题' })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateTopicDto) {
    return this.topics.create(principal, dto);
  }

  @Patch(':id')
  @ApiAnswer('TopicView')
  @Access(Permission.TopicsManage, topicInParam)
  update(@Param('id', ParseUuidPipe) id: string, @Body() dto: UpdateTopicDto) {
    return this.topics.update(id, dto);
  }
}
