import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { AppError } from '@sqmy/http';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ItemDraftDto, UpdateItemDto } from './dto/item.dto';
import { claimIdempotencyKey } from './idempotency';
import { ItemAuthor } from './item-author.entity';
import { checkReferences } from './item-references';
import { ItemReader } from './item-reader';
import { AUTHOR_EDITABLE } from './item-state-machine';
import { ItemStatus } from './item-status';
import { Item } from './item.entity';
import { ItemView } from './item.view';
import { staleVersion } from './stale-version';

/** Drafts: create, autosave, delete while never submitted. */
@Injectable()
export class ItemsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: ItemReader,
  ) {}

  async create(principal: Principal, dto: ItemDraftDto, idempotencyKey?: string): Promise<ItemView> {
    const id = randomUUID();
    const itemId = await this.dataSource.transaction(async (manager) => {
      if (idempotencyKey) {
        const earlier = await claimIdempotencyKey(manager, { userId: principal.id, key: idempotencyKey, scope: 'create-item', itemId: id });
        if (earlier) return earlier;
      }
      await checkReferences(manager, principal, dto);
      await manager.insert(Item, {
        id,
        committeeId: principal.committeeId,
        unitId: principal.organisationId,
        leadAuthorId: principal.id,
        title: dto.title?.trim() ?? '',
        body: dto.body ?? '',
        categoryCode: dto.categoryCode ?? null,
        topicId: dto.topicId ?? null,
        commissionId: dto.commissionId ?? null,
        status: ItemStatus.Draft,
      });
      await this.setAuthors(manager, id, principal.id, dto.coAuthorIds ?? []);
      return id;
    });
    return this.reader.get(principal, itemId);
  }

  /** Autosave-friendly: any subset of fields, guarded by the version the editor read. */
  async update(principal: Principal, id: string, dto: UpdateItemDto): Promise<ItemView> {
    await this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, id);
      if (!AUTHOR_EDITABLE.includes(item.status)) {
        throw AppError.conflict('ITEM_NOT_EDITABLE', '稿件已报送，作者不能再修改；如需修改请先撤回', [{ field: 'status', message: item.status }]);
      }
      if (item.version !== dto.version) throw await staleVersion(manager, item);
      await checkReferences(manager, principal, dto);
      const { version: _version, coAuthorIds, ...fields } = dto;
      Object.assign(item, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
      if (fields.title !== undefined) item.title = fields.title.trim();
      item.updatedById = principal.id;
      await manager.save(item);
      if (coAuthorIds) await this.setAuthors(manager, id, item.leadAuthorId, coAuthorIds);
    });
    return this.reader.get(principal, id);
  }

  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, id);
      if (item.status !== ItemStatus.Draft || item.versionNo > 0) {
        throw AppError.conflict('ITEM_NOT_DELETABLE', '只能删除从未报送过的草稿；报送过的稿件会一直保留');
      }
      await manager.delete(Item, id);
    });
  }

  /**
   * Locks the item for a change. Who may change it was decided by the route's access rule
   * (`@Access(Permission.ItemsWrite, itemInParam)`): the authors and their unit's liaison.
   */
  async lockItem(manager: EntityManager, id: string): Promise<Item> {
    const item = await manager.findOne(Item, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!item) throw AppError.notFound('稿件');
    return item;
  }

  private async setAuthors(manager: EntityManager, itemId: string, leadId: string, coAuthorIds: string[]): Promise<void> {
    await manager.delete(ItemAuthor, { itemId });
    await manager.insert(
      ItemAuthor,
      [leadId, ...coAuthorIds.filter((id) => id !== leadId)].map((userId, position) => ({ itemId, userId, position })),
    );
  }
}
