import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { AppError } from '@sqmy/http';
import { isBlank } from '@sqmy/intake';
import { JobName, OutboxService } from '@sqmy/queue';
import { DataSource, EntityManager } from 'typeorm';
import { Commission, CommissionStatus } from '../commissions/commission.entity';
import { claimIdempotencyKey } from './idempotency';
import { ItemAuthor } from './item-author.entity';
import { ItemEvent } from './item-event.entity';
import { ItemReader } from './item-reader';
import { ItemAction, transitionFor } from './item-state-machine';
import { ItemStatus } from './item-status';
import { ItemVersion } from './item-version.entity';
import { Item } from './item.entity';
import { ItemView } from './item.view';
import { ItemsService } from './items.service';

/**
 * The authors' moves of the state machine: submit, withdraw, resubmit. State, version, audit
 * event and outbox rows commit together or not at all.
 */
@Injectable()
export class ItemTransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: ItemsService,
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
      const item = await this.items.lockItem(manager, id);
      const chosen = typeof action === 'function' ? action(item.status) : action;
      const transition = transitionFor(chosen, item.status);
      if (transition.storesVersion) await this.storeVersion(manager, principal, item, chosen);
      const from = item.status;
      item.status = transition.to;
      if (transition.to === ItemStatus.Submitted) item.submittedAt = new Date();
      await manager.save(item);
      await manager.insert(ItemEvent, { itemId: id, actorId: principal.id, action: chosen, fromStatus: from, toStatus: item.status, comment: comment ?? null });
      if (transition.storesVersion) await this.afterSubmit(manager, principal, item);
    });
    return this.reader.get(principal, id);
  }

  private async storeVersion(manager: EntityManager, principal: Principal, item: Item, action: ItemAction): Promise<void> {
    const problems = [
      ...(isBlank(item.title) ? [{ field: 'title', message: '请填写标题' }] : []),
      ...(isBlank(item.body) ? [{ field: 'body', message: '请填写正文' }] : []),
    ];
    if (problems.length) throw AppError.unprocessable('ITEM_INCOMPLETE', '标题和正文都不能为空', problems);
    item.versionNo += 1;
    await manager.insert(ItemVersion, { itemId: item.id, no: item.versionNo, title: item.title, body: item.body, createdById: principal.id, reason: action });
  }

  /** A submitted version goes to intake; the commission it answers is closed; co-authors hear of it. */
  private async afterSubmit(manager: EntityManager, principal: Principal, item: Item): Promise<void> {
    if (item.commissionId) {
      await manager.update(Commission, { id: item.commissionId, status: CommissionStatus.Open }, { status: CommissionStatus.Answered, answeredByItemId: item.id });
    }
    const coAuthors = (await manager.findBy(ItemAuthor, { itemId: item.id })).map((a) => a.userId).filter((userId) => userId !== principal.id);
    await this.outbox.add(
      manager,
      { name: JobName.IntakeItem, payload: { itemId: item.id, versionNo: item.versionNo } },
      ...(coAuthors.length
        ? [{ name: JobName.NotifyUsers, payload: { userIds: coAuthors, title: '联名稿件已报送', body: `《${item.title}》已报送研究中心。`, link: `/my-items/${item.id}` } } as const]
        : []),
    );
  }
}
