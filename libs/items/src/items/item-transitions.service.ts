import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { AppError } from '@sqmy/http';
import { isBlank } from '@sqmy/intake';
import { JobName, OutboxService } from '@sqmy/queue';
import { DataSource, EntityManager } from 'typeorm';
import { Commission, CommissionStatus } from '../commissions/commission.entity';
import { claimIdempotencyKey } from './idempotency';
import { lockItem } from './item-lock';
import { ItemReader } from './item-reader';
import { ItemAction, transitionFor } from './item-state-machine';
import { ItemStatus } from './item-status';
import { Item } from './item.entity';
import { ItemView } from './item.view';

/**
 * The authors' moves of the state machine: submit, withdraw, resubmit. State, version, audit
 * event and outbox rows commit together or not at all.
 */
@Injectable()
export class ItemTransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: ItemReader,
    private readonly outbox: OutboxService,
  ) {}

  /** Submit a draft, or resubmit a returned item as its new version: the author's one "报送" button. */
  submitOrResubmit(principal: Principal, id: string, idempotencyKey?: string): Promise<ItemView> {
    const choose = (status: ItemStatus) => (status === ItemStatus.Returned ? ItemAction.Resubmit : ItemAction.Submit);
    return this.apply(principal, id, choose, undefined, idempotencyKey);
  }

  async apply(
    principal: Principal,
    id: string,
    action: ItemAction | ((status: ItemStatus) => ItemAction),
    comment?: string,
    idempotencyKey?: string,
  ): Promise<ItemView> {
    await this.dataSource.transaction(async (manager) => {
      if (idempotencyKey) {
        const scope = `${typeof action === 'function' ? 'submit' : action}:${id}`;
        const earlier = await claimIdempotencyKey(manager, { userId: principal.id, key: idempotencyKey, scope, itemId: id });
        if (earlier) return;
      }
      const item = await lockItem(manager, id);
      const move = this.plan(item, typeof action === 'function' ? action(item.status) : action);
      await manager.query('UPDATE item SET status = $2, version_no = $3, submitted_at = $4, version = $5, updated_at = now() WHERE id = $1', [
        item.id,
        item.status,
        item.versionNo,
        item.submittedAt,
        item.version,
      ]);
      await this.record(manager, principal, item, move, comment);
    });
    return this.reader.get(principal, id);
  }

  /**
   * Makes `action` on the item in memory — its new state, version number and lock version — after
   * checking the move against the state table. The caller writes the row (UPDATE, or INSERT for an
   * item submitted as it is created), then `record`s the move in the same transaction.
   */
  plan(item: Item, action: ItemAction): Move {
    const transition = transitionFor(action, item.status);
    const move = { action, from: item.status, to: transition.to, storesVersion: transition.storesVersion };
    if (move.storesVersion) {
      const problems = [
        ...(isBlank(item.title) ? [{ field: 'title', message: '请填写标题' }] : []),
        ...(isBlank(item.body) ? [{ field: 'body', message: '请填写正文' }] : []),
      ];
      if (problems.length) throw AppError.unprocessable('ITEM_INCOMPLETE', '标题和正文都不能为空', problems);
      item.versionNo += 1;
    }
    item.status = move.to;
    if (move.to === ItemStatus.Submitted) item.submittedAt = new Date();
    item.version += 1;
    return move;
  }

  /** Writes what a move leaves behind: the stored version, the audit event, and the follow-up jobs. */
  async record(manager: EntityManager, principal: Principal, item: Item, move: Move, comment?: string, authorIds?: string[]): Promise<void> {
    if (move.storesVersion) {
      await manager.query('INSERT INTO item_version (item_id, no, title, body, created_by_id, reason) VALUES ($1, $2, $3, $4, $5, $6)', [
        item.id,
        item.versionNo,
        item.title,
        item.body,
        principal.id,
        move.action,
      ]);
    }
    await manager.query('INSERT INTO item_event (item_id, actor_id, action, from_status, to_status, comment) VALUES ($1, $2, $3, $4, $5, $6)', [
      item.id,
      principal.id,
      move.action,
      move.from,
      move.to,
      comment ?? null,
    ]);
    if (move.to === ItemStatus.Submitted) await this.afterSubmit(manager, principal, item, authorIds);
  }

  /** A submitted version goes to intake; the commission it answers is closed; co-authors hear of it. */
  private async afterSubmit(manager: EntityManager, principal: Principal, item: Item, authorIds?: string[]): Promise<void> {
    if (item.commissionId) {
      await manager.update(Commission, { id: item.commissionId, status: CommissionStatus.Open }, { status: CommissionStatus.Answered, answeredByItemId: item.id });
    }
    authorIds ??= (await manager.query<{ user_id: string }[]>('SELECT user_id FROM item_author WHERE item_id = $1', [item.id])).map((a) => a.user_id);
    const coAuthors = authorIds.filter((userId) => userId !== principal.id);
    await this.outbox.add(
      manager,
      { name: JobName.IntakeItem, payload: { itemId: item.id, versionNo: item.versionNo } },
      ...(coAuthors.length
        ? [{ name: JobName.NotifyUsers, payload: { userIds: coAuthors, title: '联名稿件已报送', body: `《${item.title}》已报送研究中心。`, link: `/my-items/${item.id}` } } as const]
        : []),
    );
  }
}

/** One move of the state machine, as `plan` checked it. */
export interface Move {
  action: ItemAction;
  from: ItemStatus;
  to: ItemStatus;
  storesVersion: boolean;
}
