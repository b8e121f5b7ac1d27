import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { preparedStatement, queryPrepared } from '@sqmy/database';
import { AppError } from '@sqmy/http';
import { OutboxService, refreshScores } from '@sqmy/queue';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CreateItemDto, UpdateItemDto } from './dto/item.dto';
import { claimIdempotencyKey } from './idempotency';
import { ItemAuthor } from './item-author.entity';
import { checkReferences } from './item-references';
import { lockItem } from './item-lock';
import { ItemReader } from './item-reader';
import { AUTHOR_EDITABLE, ItemAction } from './item-state-machine';
import { ItemTransitionsService } from './item-transitions.service';
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
    private readonly transitions: ItemTransitionsService,
    private readonly outbox: OutboxService,
  ) {}

  /** A new draft; with `submit`, submitted in the same transaction (the informant's one-step "报送"). */
  async create(principal: Principal, dto: CreateItemDto, idempotencyKey?: string): Promise<ItemView> {
    const id = randomUUID();
    const itemId = await this.dataSource.transaction(async (manager) => {
      if (idempotencyKey) {
        const scope = dto.submit ? 'create-and-submit-item' : 'create-item';
        const earlier = await claimIdempotencyKey(manager, { userId: principal.id, key: idempotencyKey, scope, itemId: id });
        if (earlier) return earlier;
      }
      await checkReferences(manager, principal, dto);
      const item = Object.assign(new Item(), {
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
        versionNo: 0,
        version: 1,
        submittedAt: null,
        updatedById: null,
      });
      const move = dto.submit ? await this.transitions.plan(manager, principal, item, ItemAction.Submit) : undefined;
      const authorIds = authorOrder(principal.id, dto.coAuthorIds ?? []);
      await queryPrepared(manager, INSERT_ITEM_WITH_AUTHORS, [
        item.id,
        item.committeeId,
        item.unitId,
        item.leadAuthorId,
        item.title,
        item.body,
        item.categoryCode,
        item.topicId,
        item.commissionId,
        item.status,
        item.versionNo,
        item.version,
        item.submittedAt,
        item.updatedById,
        authorIds,
      ]);
      if (move) await this.transitions.record(manager, principal, item, move, authorIds);
      return id;
    });
    return this.reader.get(principal, itemId);
  }

  /** Autosave-friendly: any subset of fields, guarded by the version the editor read. */
  async update(principal: Principal, id: string, dto: UpdateItemDto): Promise<ItemView> {
    await this.dataSource.transaction(async (manager) => {
      const item = await lockItem(manager, id);
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
      if (coAuthorIds) await this.outbox.add(manager, ...refreshScores([id])); // credit follows the authors
    });
    return this.reader.get(principal, id);
  }

  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const item = await lockItem(manager, id);
      if (item.status !== ItemStatus.Draft || item.versionNo > 0) {
        throw AppError.conflict('ITEM_NOT_DELETABLE', '只能删除从未报送过的草稿；报送过的稿件会一直保留');
      }
      await manager.delete(Item, id);
    });
  }

  private async setAuthors(manager: EntityManager, itemId: string, leadId: string, coAuthorIds: string[]): Promise<void> {
    await manager.delete(ItemAuthor, { itemId });
    await manager.insert(
      ItemAuthor,
      authorOrder(leadId, coAuthorIds).map((userId, position) => ({ itemId, userId, position })),
    );
  }
}

/** The lead author first, then the co-authors (联名) in the order given. */
const authorOrder = (leadId: string, coAuthorIds: string[]) => [leadId, ...coAuthorIds.filter((id) => id !== leadId)];

/** A new item with its authors, the lead author first: one statement, run on every create. */
const INSERT_ITEM_WITH_AUTHORS = preparedStatement(
  'insert-item-with-authors',
  `WITH item AS (
     INSERT INTO item (id, committee_id, unit_id, lead_author_id, title, body, category_code, topic_id, commission_id, status, version_no, version, submitted_at, updated_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id
   )
   INSERT INTO item_author (item_id, user_id, position)
   SELECT item.id, a.user_id, a.position - 1 FROM item, unnest($15::uuid[]) WITH ORDINALITY AS a(user_id, position)`,
);
