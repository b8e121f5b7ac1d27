import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { AppError } from '@sqmy/http';
import { OutboxService, refreshScores } from '@sqmy/queue';
import { DataSource, EntityManager } from 'typeorm';
import { authorNotices } from '../recording/author-notices';
import { assertOwnCommittee, lockRecordableItems } from '../recording/recordable-items';
import { CreateInstructionDto, UpdateInstructionDto } from './dto/instruction.dto';
import { instructionProblems } from './instruction-rules';
import { readInstructions } from './instruction-reader';
import { LeaderInstruction } from './leader-instruction.entity';
import { ErrorCode, InstructionView, LEADER_LEVEL_LABELS } from '@sqmy/contract';

/** Entries of the 批示 register: registered on an item (its authors are told), carried through 转办, 回函, 办结. */
@Injectable()
export class InstructionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async create(principal: Principal, itemId: string, dto: CreateInstructionDto): Promise<InstructionView> {
    return this.dataSource.transaction(async (manager) => {
      const [item] = await lockRecordableItems(manager, principal, [itemId], 'outcome', 'id');
      const { id } = await manager.save(LeaderInstruction, manager.create(LeaderInstruction, { ...dto, text: dto.text ?? null, itemId, committeeId: item.committeeId, createdById: principal.id }));
      const leader = `${LEADER_LEVEL_LABELS[dto.leaderLevel]}领导${dto.leaderName}`;
      await this.outbox.add(manager, ...(await authorNotices(manager, [{ itemId, title: '稿件获领导批示', body: `《${item.title}》获${leader}批示` }], principal.id)), ...refreshScores([itemId]));
      return this.read(manager, id);
    });
  }

  async update(principal: Principal, id: string, { version, ...changes }: UpdateInstructionDto): Promise<InstructionView> {
    return this.dataSource.transaction(async (manager) => {
      const entry = await this.lock(manager, principal, id);
      if (entry.version !== version) {
        throw AppError.conflict(ErrorCode.StaleVersion, '这条批示已被他人修改，请刷新后再改', [{ field: 'version', message: `当前版本为 ${entry.version}` }]);
      }
      Object.assign(entry, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
      const problems = instructionProblems(entry);
      if (problems.length) throw AppError.unprocessable(ErrorCode.ValidationFailed, problems.map((p) => p.message).join('；'), problems);
      await manager.save(entry);
      await this.outbox.add(manager, ...refreshScores([entry.itemId]));
      return this.read(manager, id);
    });
  }

  async remove(principal: Principal, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const entry = await this.lock(manager, principal, id);
      await manager.delete(LeaderInstruction, { id });
      await this.outbox.add(manager, ...refreshScores([entry.itemId]));
    });
  }

  private async lock(manager: EntityManager, principal: Principal, id: string): Promise<LeaderInstruction> {
    const entry = await manager.findOne(LeaderInstruction, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!entry) throw AppError.notFound('批示', 'id');
    assertOwnCommittee(principal, entry.committeeId, '批示');
    return entry;
  }

  private async read(manager: EntityManager, id: string): Promise<InstructionView> {
    return (await readInstructions(manager, { ids: [id] }))[0];
  }
}
