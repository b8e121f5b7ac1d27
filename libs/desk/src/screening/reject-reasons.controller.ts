import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { SignedIn } from '@sqmy/accounts';
import { RejectReasonView } from '@sqmy/contract';
import { RejectReason } from '@sqmy/items';
import { ApiAnswer } from '@sqmy/http';
import { DataSource } from 'typeorm';

@ApiTags('编辑台')
@Controller('reject-reasons')
export class RejectReasonsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The reasons an item is not used (不予采用), in their order. */
  @Get()
  @ApiAnswer(['RejectReasonView'])
  @SignedIn()
  async list(): Promise<RejectReasonView[]> {
    const reasons = await this.dataSource.getRepository(RejectReason).find({ where: { active: true }, order: { position: 'ASC' } });
    return reasons.map(({ code, label, position, commentRequired }) => ({ code, label, position, commentRequired }));
  }
}
