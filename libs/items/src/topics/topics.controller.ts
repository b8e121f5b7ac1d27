import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Permission, Principal, TargetResolver } from '@sqmy/accounts';
import { ParseUuidPipe } from '@sqmy/http';
import { CreateTopicDto, UpdateTopicDto } from './dto/topic.dto';
import { TopicsService } from './topics.service';

const topicInParam: TargetResolver = (req, lookups) =>
  lookups.find(req.params.id, 'id', '选题', 'SELECT o.path, NULL AS owners FROM topic t JOIN organisation o ON o.id = t.committee_id WHERE t.id = $1');

@ApiTags('选题与约稿')
@Controller('topics')
export class TopicsController {
  constructor(private readonly topics: TopicsService) {}

  @Get()
  @Access(Permission.TopicsRead)
  @ApiQuery({ name: 'open', required: false, description: 'true：只看征集中的选题' })
  @ApiOperation({ summary: '本委员会的选题' })
  list(@CurrentPrincipal() principal: Principal, @Query('open') open?: string) {
    return this.topics.list(principal, open === 'true');
  }

  @Post()
  @Access(Permission.TopicsManage)
  @ApiOperation({ summary: '发布选题' })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateTopicDto) {
    return this.topics.create(principal, dto);
  }

  @Patch(':id')
  @Access(Permission.TopicsManage, topicInParam)
  update(@Param('id', ParseUuidPipe) id: string, @Body() dto: UpdateTopicDto) {
    return this.topics.update(id, dto);
  }
}
