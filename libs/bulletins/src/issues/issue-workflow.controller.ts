import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal } from '@sqmy/accounts';
import { Permission } from '@sqmy/contract';
import { ApiAnswer, ParseUuidPipe } from '@sqmy/http';
import { issueInParam } from '../series/series-targets';
import { SignIssueDto } from './dto/issue.dto';
import { PublishingService } from './publishing.service';
import { SigningService } from './signing.service';

/** Signing (签发, the chief editor) and publishing (印发, the editors). */
@ApiTags('刊物')
@Controller('bulletin-issues')
export class IssueWorkflowController {
  constructor(
    private readonly signing: SigningService,
    private readonly publishing: PublishingService,
  ) {}

  @Post(':id/sign')
  @ApiAnswer('IssueView')
  @HttpCode(200)
  @Access(Permission.BulletinsSign, issueInParam)
  @ApiOperation({ summary: '签发：定日期、编期号、稿件定稿，生成 Word 文档' })
  sign(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: SignIssueDto) {
    return this.signing.sign(principal, id, dto);
  }

  @Post(':id/publish')
  @ApiAnswer('IssueView')
  @HttpCode(200)
  @Access(Permission.BulletinsEdit, issueInParam)
  @ApiOperation({ summary: '印发：稿件转为已刊发，记录编发' })
  publish(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string) {
    return this.publishing.publish(principal, id);
  }
}
