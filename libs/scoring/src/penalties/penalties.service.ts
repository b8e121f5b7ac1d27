import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { ErrorCode, PenaltyView } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { OutboxService, refreshScores } from '@sqmy/queue';
import { DataSource, EntityManager } from 'typeorm';
import { CreatePenaltyDto } from './dto/penalty.dto';
import { ScorePenalty } from './score-penalty.entity';

/** Penalties (扣分): plagiarism found after an item was adopted; the item is rescored in the same transaction. */
@Injectable()
export class PenaltiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  create(principal: Principal, itemId: string, dto: CreatePenaltyDto): Promise<PenaltyView> {
    return this.dataSource.transaction(async (manager) => {
      await lockOwnItem(manager, principal, itemId);
      const [adopted] = await manager.query<unknown[]>('SELECT 1 FROM adoption_event WHERE item_id = $1 LIMIT 1', [itemId]);
      if (!adopted) throw AppError.conflict(ErrorCode.ItemNotAdopted, '稿件尚未被采用，不能登记抄袭扣分', [{ field: 'id', message: '没有采用记录' }]);
      const saved = await manager.save(ScorePenalty, manager.create(ScorePenalty, { itemId, reason: dto.reason, foundOn: dto.foundOn, note: dto.note || null, createdById: principal.id }));
      await this.outbox.add(manager, ...refreshScores([itemId]));
      const { id, reason, foundOn, note, createdAt } = saved;
      return { id, itemId, reason, foundOn, note, createdAt };
    });
  }

  async remove(principal: Principal, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const penalty = await manager.findOneBy(ScorePenalty, { id });
      if (!penalty) throw AppError.notFound('扣分记录', 'id');
      await lockOwnItem(manager, principal, penalty.itemId);
      await manager.delete(ScorePenalty, { id });
      await this.outbox.add(manager, ...refreshScores([penalty.itemId]));
    });
  }
}

/** The item, locked; the desk records penalties on its own committee's items only. */
async function lockOwnItem(manager: EntityManager, principal: Principal, itemId: string): Promise<void> {
  const [item] = await manager.query<{ committee_id: string }[]>('SELECT committee_id FROM item WHERE id = $1 FOR UPDATE', [itemId]);
  if (!item) throw AppError.notFound('稿件', 'id');
  if (item.committee_id !== principal.committeeId) throw new AppError(403, ErrorCode.OutOfScope, '该稿件属于另一个委员会，不能在此登记');
}
