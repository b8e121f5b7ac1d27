import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { queryPreparedSql, sql } from '@sqmy/database';
import { AppError } from '@sqmy/http';
import { OutboxService, refreshScores } from '@sqmy/queue';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CreateItemDto, UpdateItemDto } from './dto/item.dto';
import { claimIdempotencyKey } from './idempotency';
import { ItemAuthor } from './item-author.entity';
import { checkReferences } from './item-references';
import { lockItem } from './item-lock';
import { ItemPageRow, ItemReader } from './item-reader';
import { answerCommission, ItemTransitionsService } from './item-transitions.service';
import { itemWrites, NewItem } from './item-writer';
import { AUTHOR_EDITABLE, ErrorCode, ItemAction, ItemStatus, ItemView } from '@sqmy/contract';
import { Item } from './item.entity';
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

  /**
   * A new draft; with `submit`, submitted at once (the informant's one-step "报送"). One statement writes
   * the item, its authors, its first version and audit event, and its jobs, and answers the item page;
   * only an idempotency key or a commission (约稿) adds statements, and a transaction around them.
   */
  async create(principal: Principal, dto: CreateItemDto, idempotencyKey?: string): Promise<ItemView> {
    const id = randomUUID();
    if (!idempotencyKey && !dto.commissionId) return this.reader.view(principal, await this.insert(this.dataSource.manager, principal, dto, id));
    const created = await this.dataSource.transaction(async (manager) => {
      if (idempotencyKey) {
        const scope = dto.submit ? 'create-and-submit-item' : 'create-item';
        const earlier = await claimIdempotencyKey(manager, { userId: principal.id, key: idempotencyKey, scope, itemId: id });
        if (earlier) return earlier;
      }
      return this.insert(manager, principal, dto, id);
    });
    // A retry with the same key answers the item its first request created.
    return typeof created === 'string' ? this.reader.get(principal, created) : this.reader.view(principal, created);
  }

  private async insert(manager: EntityManager, principal: Principal, dto: CreateItemDto, id: string): Promise<ItemPageRow> {
    await checkReferences(manager, principal, dto);
    const item = Object.assign(new Item(), {
      id,
      committeeId: principal.committeeId,
      unitId: principal.organisationId,
      leadAuthorId: principal.id,
      title: dto.title ?? '',
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
    const authorIds = authorOrder(principal.id, dto.coAuthorIds ?? []);
    const move = dto.submit ? await this.transitions.plan(manager, principal, item, ItemAction.Submit) : undefined;
    const recorded = move && this.transitions.recordOf(principal, item, move, authorIds); // a draft records nothing
    const written: NewItem = {
      id: item.id,
      committeeId: item.committeeId,
      unitId: item.unitId,
      title: item.title,
      body: item.body,
      categoryCode: item.categoryCode,
      topicId: item.topicId,
      commissionId: item.commissionId,
      status: item.status,
      assigneeId: null,
      versionNo: item.versionNo,
      submittedAt: item.submittedAt,
      updatedById: item.updatedById,
      authorIds,
      version: recorded?.version ?? null,
      event: recorded?.event ?? null,
    };
    const [row] = await queryPreparedSql<ItemPageRow>(manager, 'create-item', sql`WITH ${itemWrites([written], recorded?.jobs ?? [])} ${NEW_ITEM_PAGE}`);
    if (recorded?.answersCommission) await answerCommission(manager, item);
    return row;
  }

  /** Autosave-friendly: any subset of fields, guarded by the version the editor read. */
  async update(principal: Principal, id: string, dto: UpdateItemDto): Promise<ItemView> {
    await this.dataSource.transaction(async (manager) => {
      const item = await lockItem(manager, id);
      if (!AUTHOR_EDITABLE.includes(item.status)) {
        throw AppError.conflict(ErrorCode.ItemNotEditable, '稿件已报送，作者不能再修改；如需修改请先撤回', [{ field: 'status', message: item.status }]);
      }
      if (item.version !== dto.version) throw await staleVersion(manager, item);
      await checkReferences(manager, principal, dto);
      const { version: _version, coAuthorIds, ...fields } = dto;
      Object.assign(item, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
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
        throw AppError.conflict(ErrorCode.ItemNotDeletable, '只能删除从未报送过的草稿；报送过的稿件会一直保留');
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

/**
 * The new item's page as ITEM_PAGE reads it, from the rows `itemWrites` wrote in the same statement
 * (its RETURNING rows), the names from the tables.
 */
const NEW_ITEM_PAGE = sql`
  SELECT i.id, i.title, i.body, i.status, i.unit_id, unit.name AS unit_name, unit.path AS unit_path, i.committee_id, i.category_code, i.topic_id,
         i.commission_id, i.version_no, i.version, i.submitted_at, i.updated_at,
         ARRAY(SELECT json_build_object('id', u.id, 'name', u.name, 'lead', a.position = 0)
                 FROM authors a JOIN app_user u ON u.id = a.user_id ORDER BY a.position) AS authors,
         ARRAY(SELECT json_build_object('no', v.no, 'reason', v.reason, 'createdAt', v.created_at, 'createdBy', u.name)
                 FROM version v JOIN app_user u ON u.id = v.created_by_id) AS versions,
         ARRAY(SELECT json_build_object('action', e.action, 'from', e.from_status, 'to', e.to_status, 'comment', e.comment,
                                        'audience', e.comment_audience, 'reasonCode', e.reason_code, 'actor', u.name, 'at', e.created_at)
                 FROM event e JOIN app_user u ON u.id = e.actor_id) AS events,
         '{}'::json[] AS attachments, NULL::json AS assignee, NULL::json AS reject_reason, NULL::json AS merged_into, '{}'::json[] AS merged_from
    FROM item i JOIN organisation unit ON unit.id = i.unit_id`;
