import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { commentAudienceOf, ErrorCode, ErrorDetail, ItemAction, ItemStatus, ItemView } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { isBlank } from '@sqmy/text';
import { Category, Item, ItemAuthor, ItemReader, ItemTransitionsService, NewItem, reindex, writeItems } from '@sqmy/items';
import { refreshScores } from '@sqmy/queue';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { MergeDto } from './dto/merge.dto';

/**
 * Merging (综合): the originals become `merged` and point to the combined item, which the research
 * center writes (its unit is the committee), starts in `editing` with the merging editor, and
 * credits every original's authors. All of it commits together, or nothing does.
 */
@Injectable()
export class MergeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: ItemTransitionsService,
    private readonly reader: ItemReader,
  ) {}

  async merge(principal: Principal, dto: MergeDto): Promise<ItemView> {
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const originals = await this.lockOriginals(manager, principal, dto);
      for (const original of originals) {
        await this.transitions.move(manager, principal, original, ItemAction.Merge, {}, async (_, item) => {
          item.mergedIntoId = id;
        });
      }
      const authors = await combinedAuthors(manager, dto.itemIds);
      const { title } = dto;
      const comment = `综合自 ${originals.length} 篇稿件：${originals.map((o) => `《${o.title}》`).join('')}`;
      const combined: NewItem = {
        id,
        committeeId: principal.committeeId,
        unitId: principal.committeeId,
        title,
        body: dto.body,
        categoryCode: dto.categoryCode ?? originals[0].categoryCode,
        topicId: null,
        commissionId: null,
        status: ItemStatus.Editing,
        assigneeId: principal.id,
        versionNo: 1,
        submittedAt: new Date(),
        updatedById: principal.id,
        authorIds: authors,
        version: { itemId: id, no: 1, title, body: dto.body, createdById: principal.id, reason: ItemAction.Merge },
        event: {
          itemId: id,
          actorId: principal.id,
          action: ItemAction.Merge,
          fromStatus: null,
          toStatus: ItemStatus.Editing,
          comment,
          reasonCode: null,
          commentAudience: commentAudienceOf(ItemAction.Merge),
        },
      };
      await writeItems(manager, [combined], [reindex({ id, versionNo: 1 }), ...refreshScores([id, ...dto.itemIds])]);
    });
    return this.reader.get(principal, id);
  }

  /** Locks the originals in id order (no deadlock between two merges); answers them in the order given. */
  private async lockOriginals(manager: EntityManager, principal: Principal, dto: MergeDto): Promise<Item[]> {
    const problems: ErrorDetail[] = [];
    if (isBlank(dto.title)) problems.push({ field: 'title', message: '请填写标题' });
    if (isBlank(dto.body)) problems.push({ field: 'body', message: '请填写正文' });
    if (dto.categoryCode && !(await manager.findOneBy(Category, { code: dto.categoryCode, active: true }))) {
      problems.push({ field: 'categoryCode', message: '没有这个类别' });
    }
    const locked = await manager.find(Item, { where: { id: In(dto.itemIds) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    const byId = new Map(locked.map((item) => [item.id, item]));
    dto.itemIds.forEach((itemId, index) => {
      const item = byId.get(itemId);
      if (!item) problems.push({ field: `itemIds.${index}`, message: '没有这篇稿件' });
      else if (item.committeeId !== principal.committeeId) problems.push({ field: `itemIds.${index}`, message: '不是本委员会的稿件，不能综合' });
    });
    if (problems.length) throw AppError.unprocessable(ErrorCode.InvalidReference, '综合的稿件、标题或类别有误', problems);
    return dto.itemIds.map((itemId) => byId.get(itemId)!);
  }
}

/** Lead authors first, in the order of the originals; then their co-authors; nobody twice. */
async function combinedAuthors(manager: EntityManager, itemIds: string[]): Promise<string[]> {
  const rows = await manager.findBy(ItemAuthor, { itemId: In(itemIds) });
  const rank = (a: ItemAuthor) => [a.position === 0 ? 0 : 1, itemIds.indexOf(a.itemId), a.position];
  const ordered = rows.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  return [...new Set(ordered.map((a) => a.userId))];
}
